package uk.socguide.content.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.socguide.content.ContentSet;
import uk.socguide.content.validation.Validator;

class SampleContentTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void theSmallSampleIsValid() {
    assertThat(Validator.validate(SampleContent.small(), Set.of(), TODAY)).isEmpty();
  }

  @Test
  void theGeneratedSeedSizedSetIsValidAndAsLargeAsAsked() {
    ContentSet set = SampleContent.generated(60, 15);
    assertThat(Validator.validate(set, Set.of(), TODAY)).isEmpty();
    assertThat(set.topics()).hasSize(60);
    assertThat(set.topics().get(0).examples()).hasSize(15);
    assertThat(set.topics().get(0).answers()).hasSize(4);
  }
}
