package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {

  private static List<String> words(String text) {
    return Normaliser.tokens(text).stream().map(Token::text).toList();
  }

  @Test
  void foldsCaseAndDropsPunctuation() {
    assertThat(words("Who RUNS the N.C.A.?!")).containsExactly("who", "runs", "the", "n", "c", "a");
    assertThat(words("fraud, scams; & cyber-crime..."))
        .containsExactly("fraud", "scams", "and", "cyber", "crime");
  }

  @Test
  void expandsContractionsWithAndWithoutApostrophes() {
    assertThat(words("what's soca")).containsExactly("what", "is", "soca");
    assertThat(words("whats soca")).containsExactly("what", "is", "soca");
    assertThat(words("Who’s in charge")).containsExactly("who", "is", "in", "charge");
    assertThat(words("I don't know, I can't say, it won't"))
        .containsExactly("i", "do", "not", "know", "i", "can", "not", "say", "it", "will", "not");
    assertThat(words("dont cant im")).containsExactly("do", "not", "can", "not", "i", "am");
    assertThat(words("we've they're you'll"))
        .containsExactly("we", "have", "they", "are", "you", "will");
  }

  @Test
  void possessivesLoseTheirS() {
    assertThat(words("the council's role")).containsExactly("the", "council", "role");
    assertThat(words("the nca’s priorities")).containsExactly("the", "nca", "priorities");
  }

  @Test
  void straightensQuotesAndFoldsAccents() {
    assertThat(words("“Local to Global” café")).containsExactly("local", "to", "global", "cafe");
    assertThat(words("Straße")).containsExactly("strasse");
  }

  @Test
  void makesUsSpellingsBritish() {
    assertThat(words("organized crime center")).containsExactly("organised", "crime", "centre");
    assertThat(words("analyze the organizations"))
        .containsExactly("analyse", "the", "organisations");
    assertThat(words("neighborhood defense program"))
        .containsExactly("neighbourhood", "defence", "programme");
    assertThat(words("size prize")).containsExactly("size", "prize");
  }

  @Test
  void licenceAndLicenseBecomeOneWordSoTheyShareAStemWithLicensing() {
    assertThat(words("licence license")).containsExactly("license", "license");
    assertThat(Stems.of("license")).isEqualTo(Stems.of("licensing"));
  }

  @Test
  void joinsCommonPrefixesButSplitsOtherHyphens() {
    assertThat(words("co-operation e-mail")).containsExactly("cooperation", "email");
    assertThat(words("county-lines")).containsExactly("county", "lines");
  }

  @Test
  void keepsEmergencyNumbersAsTokens() {
    assertThat(words("call 999 or 101")).containsExactly("call", "999", "or", "101");
    assertThat(words("textphone 18001 101")).containsExactly("textphone", "18001", "101");
  }

  @Test
  void joinsPhoneNumbersTypedInGroups() {
    assertThat(words("ring 0800 555 111 now")).containsExactly("ring", "0800555111", "now");
    assertThat(words("0300-123-2040")).containsExactly("03001232040");
    assertThat(words("+44 20 7946 0000")).containsExactly("02079460000");
    assertThat(words("08000121700")).containsExactly("08000121700");
  }

  @Test
  void tokensPointBackToTheOriginalText() {
    String text = "  What’s SOCA, then?";
    List<Token> tokens = Normaliser.tokens(text);
    assertThat(tokens.get(0)).isEqualTo(new Token("what", 2, 8));
    assertThat(tokens.get(1)).isEqualTo(new Token("is", 2, 8));
    assertThat(text.substring(tokens.get(2).start(), tokens.get(2).end())).isEqualTo("SOCA");
    Token phone = Normaliser.tokens("call 0800 555 111").get(1);
    assertThat(phone.start()).isEqualTo(5);
    assertThat(phone.end()).isEqualTo(17);
  }

  @Test
  void controlCharactersAndEmojiSeparateWords() {
    assertThat(words("drug\u0000dealing\u0007\uD83D\uDE00gangs"))
        .containsExactly("drug", "dealing", "gangs");
    assertThat(words("\uD83D\uDE00\uD83D\uDD2B")).isEmpty();
  }

  @Test
  void boundsTheWorkOnLongInput() {
    String longWord = "a".repeat(100_000);
    assertThat(words(longWord))
        .singleElement()
        .satisfies(w -> assertThat(w).hasSize(Normaliser.MAX_TOKEN_LENGTH));
    String manyWords = "gang ".repeat(50_000);
    assertThat(Normaliser.tokens(manyWords)).hasSizeLessThanOrEqualTo(Normaliser.MAX_TOKENS);
  }

  @Test
  void keepsNonLatinWordsAsTheyAre() {
    assertThat(words("Привет мир")).containsExactly("привет", "мир");
  }

  @Test
  void nullAndEmptyGiveNoTokens() {
    assertThat(Normaliser.tokens(null)).isEmpty();
    assertThat(Normaliser.tokens("")).isEmpty();
    assertThat(Normaliser.tokens(" \t\n")).isEmpty();
  }
}
