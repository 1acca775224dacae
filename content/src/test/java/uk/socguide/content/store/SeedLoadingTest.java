package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.SeedResult;
import uk.socguide.content.testing.TestDatabases;

class SeedLoadingTest {

  @Test
  void theClasspathSeedIsPublishedAsReleaseOneInAnEmptyDatabase() {
    try (Database db = TestDatabases.inMemory()) {
      SeedResult result = db.files().loadSeed();

      assertThat(result.outcome()).isEqualTo(SeedResult.Outcome.PUBLISHED);
      assertThat(result.release()).isEqualTo(1);
      ContentRelease live = db.content().published();
      assertThat(live.number()).isEqualTo(1);
      assertThat(live.routes()).containsKeys("emergency-999", "police-101", "report-fraud");
      assertThat(live.routes().get("report-fraud").phone()).isEqualTo("0300 123 2040");
    }
  }

  @Test
  void theSameSeedLoadedAgainChangesNothing(@TempDir Path dir) {
    try (Database db = TestDatabases.file(dir)) {
      db.files().loadSeed();
    }
    try (Database db = TestDatabases.file(dir)) {
      SeedResult again = db.files().loadSeed();

      assertThat(again.outcome()).isEqualTo(SeedResult.Outcome.ALREADY_LOADED);
      assertThat(db.content().published().number()).isEqualTo(1);
      assertThat(db.content().releases()).hasSize(1);
      assertThat(db.drafts().pendingChanges()).isEmpty();
    }
  }
}
