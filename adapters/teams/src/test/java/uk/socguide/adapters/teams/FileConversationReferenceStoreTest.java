package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileConversationReferenceStoreTest {
  @TempDir Path dir;

  private static ConversationRef ref(String key, String serviceUrl, Instant at) {
    return new ConversationRef(
        key, serviceUrl, "msteams", "a:1conv-" + key, "personal", "tenant-1", "28:bot", at);
  }

  @Test
  void referencesSurviveARestart() {
    FileConversationReferenceStore store = new FileConversationReferenceStore(dir);
    store.save(ref("k1", "https://smba.example/uk/", Instant.parse("2025-03-04T10:00:00Z")));
    store.save(ref("k2", "https://smba.example/uk/", Instant.parse("2025-03-04T10:01:00Z")));
    store.remove("k2");

    FileConversationReferenceStore reopened = new FileConversationReferenceStore(dir);
    assertThat(reopened.all()).containsExactly(store.find("k1").orElseThrow());
    assertThat(reopened.find("k2")).isEmpty();
  }

  @Test
  void theFileIsRewrittenOnlyWhenAnAddressChanges() throws Exception {
    FileConversationReferenceStore store = new FileConversationReferenceStore(dir);
    Path file = dir.resolve(FileConversationReferenceStore.FILE_NAME);
    store.save(ref("k1", "https://smba.example/uk/", Instant.parse("2025-03-04T10:00:00Z")));
    String first = Files.readString(file);

    store.save(ref("k1", "https://smba.example/uk/", Instant.parse("2025-03-05T10:00:00Z")));
    assertThat(Files.readString(file)).isEqualTo(first);

    store.save(ref("k1", "https://smba.example/emea/", Instant.parse("2025-03-06T10:00:00Z")));
    assertThat(Files.readString(file)).contains("emea");
    assertThat(dir.resolve(FileConversationReferenceStore.FILE_NAME + ".tmp")).doesNotExist();
  }

  @Test
  void aMissingDirectoryIsCreated() {
    FileConversationReferenceStore store = new FileConversationReferenceStore(dir.resolve("a/b"));
    store.save(ref("k", "https://s.example/", Instant.EPOCH));
    assertThat(dir.resolve("a/b").resolve(FileConversationReferenceStore.FILE_NAME)).exists();
  }
}
