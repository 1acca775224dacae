package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StemsTest {

  @Test
  void wordFormsShareAStem() {
    assertThat(Stems.of("trafficking")).isEqualTo(Stems.of("trafficked")).isEqualTo("traffick");
    assertThat(Stems.of("gangs")).isEqualTo(Stems.of("gang"));
    assertThat(Stems.of("exploitation")).isEqualTo(Stems.of("exploited"));
    assertThat(Stems.of("reporting")).isEqualTo(Stems.of("reports")).isEqualTo("report");
  }

  @Test
  void numbersAndShortWordsAreKeptWhole() {
    assertThat(Stems.of("999")).isEqualTo("999");
    assertThat(Stems.of("20bn")).isEqualTo("20bn");
    assertThat(Stems.of("is")).isEqualTo("is");
  }

  @Test
  void stemmingIsSafeFromManyThreadsAtOnce() {
    List<String> words =
        List.of("trafficking", "exploitation", "councillors", "laundering", "organised");
    List<String> expected = words.stream().map(Stems::of).toList();
    List<List<String>> results =
        IntStream.range(0, 2_000)
            .parallel()
            .mapToObj(i -> words.stream().map(Stems::of).toList())
            .toList();
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
  }
}
