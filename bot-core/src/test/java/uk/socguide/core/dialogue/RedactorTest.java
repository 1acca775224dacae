package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
  private final Redactor redactor = new Redactor();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "call him on 07700 900123 after six | call him on [phone] after six",
        "call him on 07700900123 | call him on [phone]",
        "his number is 07700-900-123 | his number is [phone]",
        "ring +44 7700 900123 now | ring [phone] now",
        "ring +447700900123 | ring [phone]",
        "try 0044 7700 900123 | try [phone]",
        "office +44 (0)20 7946 0018 ok | office [phone] ok",
        "landline (020) 7946 0018 | landline [phone]",
        "landline 020 7946 0018 | landline [phone]",
        "manchester 0161 496 0000 | manchester [phone]",
        "freephone 0800 555 111 | freephone [phone]",
        "dots 07700.900.123 | dots [phone]",
      })
  void ukPhoneNumbersAreRedacted(String text, String expected) {
    assertThat(redactor.redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call 999 now",
        "ring 101 or textphone 18001 101",
        "text 61016",
        "it cost £20 billion to £40 billion in 2012",
        "the nca launched on 07/10/2013",
        "about 38,000 people in 6,000 groups",
        "strategy Cm 8715 and Cm 9718",
      })
  void shortNumbersDatesAndFiguresAreNotPhoneNumbers(String text) {
    assertThat(redactor.find(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "email dave.smith@example.co.uk please | email [email] please",
        "DAVE_99+drugs@Example.com | [email]",
        "it's dave (at) example (dot) com | it's [email]",
      })
  void emailAddressesAreRedacted(String text, String expected) {
    assertThat(redactor.redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "near SW1A 1AA | near [postcode]",
        "near sw1a1aa | near [postcode]",
        "in M1 1AE | in [postcode]",
        "at b33 8th tonight | at [postcode] tonight",
        "EC1A 1BB | [postcode]",
        "cr2 6xh | [postcode]",
      })
  void postcodesAreRedacted(String text, String expected) {
    assertThat(redactor.redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a silver car AB12 CDE outside | a silver car [vehicle] outside",
        "reg ab12cde | reg [vehicle]",
        "a van reg is a123 bcd | a van reg is [vehicle]",
        "the car was A123 BCD | the car was [vehicle]",
        "old motor ABC 123D | old motor [vehicle]",
        "the taxi was abc 123d | the taxi was [vehicle]",
        "number plate ABC 1234 | number plate [vehicle]",
        "reg no. 1234 AB | reg no. [vehicle]",
      })
  void vehicleRegistrationsInCurrentAndOlderFormatsAreRedacted(String text, String expected) {
    assertThat(redactor.redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "they meet off the a12 and the m25 near junction 3",
        "a van and 3 men turned up",
        "the NCA in 2013",
        "what is SOCA",
      })
  void roadNamesAndOrdinaryWordsAreNotRegistrations(String text) {
    assertThat(redactor.find(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "his name is john smith and he deals | his name is [name] and he deals",
        "her name's Sarah | her name's [name]",
        "their real name is Kowalski | their real name is [name]",
        "the landlord's name is Ahmed Khan | the landlord's name is [name]",
        "a man called dave is selling drugs | a man called [name] is selling drugs",
        "a guy called Dave Smith from the flats | a guy called [name] from the flats",
        "he's called Tony | he's called [name]",
        "someone named Ali Baba runs it | someone named [name] runs it",
        "goes by the name of Big Mike | goes by the name of [name]",
        "Mr Patel owns the shop | [name] owns the shop",
        "mrs o'brien next door | [name] next door",
        "Dr. Jones said | [name] said",
      })
  void namesAfterCuesAreRedacted(String text, String expected) {
    assertThat(redactor.redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i called the police",
        "someone called 999",
        "he called crimestoppers",
        "what is the helpline called",
        "his name is not known",
        "a charity called",
      })
  void cuesWithoutANameRedactNothing(String text) {
    assertThat(redactor.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theWritersOwnNameIsRedactedButMarkedAsTheirs() {
    assertThat(redactor.redact("my name is Priya, I'm a councillor"))
        .isEqualTo("my name is [name], I'm a councillor");
    assertThat(redactor.find("my name is Priya"))
        .extracting(Redactor.Finding::kind)
        .containsExactly(Redactor.Kind.OWN_NAME);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "they are at 12 High Street | they are at [address]",
        "14a Church Road is a drug house | [address] is a drug house",
        "in flat 3 upstairs | in [address] upstairs",
        "Flat 12b, | [address],",
        "apartment 4 | [address]",
        "the address is 7 Acacia Avenue, Leeds. | the address is [address].",
        "22 Park Lane | [address]",
        "3 the Crescent | [address]",
      })
  void streetAddressesAreRedacted(String text, String expected) {
    assertThat(redactor.redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12 years in the park",
        "in 2013 the strategy was updated",
        "5 ways to report fraud",
        "2 men in a van",
        "the 4 Ps",
      })
  void numbersFollowedByOrdinaryWordsAreNotAddresses(String text) {
    assertThat(redactor.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void severalKindsInOneMessageAreAllRedacted() {
    String text =
        "Mr Jones at 12 High Street, SW1A 1AA, drives AB12 CDE, "
            + "phone 07700 900123, email j@x.org";
    assertThat(redactor.redact(text))
        .isEqualTo(
            "[name] at [address], [postcode], drives [vehicle], phone [phone], email [email]");
  }

  @org.junit.jupiter.api.Test
  void textWithoutPersonalDataIsUnchanged() {
    String text = "How do I report county lines drug dealing in Scotland?";
    assertThat(redactor.redact(text)).isSameAs(text);
  }
}
