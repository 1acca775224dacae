package uk.socguide.adapters.teams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversation references in one JSON file, rewritten whole through a temporary file and an atomic
 * rename, so a crash leaves either the old file or the new one. Writes happen only when a reference
 * is new or its address changed, not on every message.
 */
public final class FileConversationReferenceStore implements ConversationReferenceStore {
  static final String FILE_NAME = "conversation-references.json";

  private final Path file;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);
  private final Map<String, ConversationRef> references = new LinkedHashMap<>();

  /**
   * Opens (or starts) the store in {@code directory}, creating the directory if needed.
   *
   * @throws UncheckedIOException when the directory cannot be created or the file cannot be read
   */
  public FileConversationReferenceStore(Path directory) {
    this.file = directory.resolve(FILE_NAME);
    try {
      Files.createDirectories(directory);
      if (Files.exists(file)) {
        Stored stored = json.readValue(file.toFile(), Stored.class);
        if (stored.references() != null) {
          for (ConversationRef ref : stored.references()) {
            if (ref != null && ref.key() != null && ref.serviceUrl() != null) {
              references.put(ref.key(), ref);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Teams conversation references in " + file, e);
    }
  }

  @Override
  public synchronized void save(ConversationRef reference) {
    ConversationRef old = references.get(reference.key());
    references.put(reference.key(), reference);
    if (!reference.sameAddress(old)) {
      write();
    }
  }

  @Override
  public synchronized void remove(String key) {
    if (references.remove(key) != null) {
      write();
    }
  }

  @Override
  public synchronized Optional<ConversationRef> find(String key) {
    return Optional.ofNullable(references.get(key));
  }

  @Override
  public synchronized List<ConversationRef> all() {
    return List.copyOf(references.values());
  }

  private void write() {
    List<ConversationRef> sorted = new ArrayList<>(references.values());
    sorted.sort(Comparator.comparing(ConversationRef::key));
    Path temp = file.resolveSibling(FILE_NAME + ".tmp");
    try {
      Files.write(temp, json.writeValueAsBytes(new Stored(1, sorted)));
      ownerOnly(temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Teams conversation references to " + file, e);
    }
  }

  private static void ownerOnly(Path path) {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException notPosix) {
      // Not a POSIX file system: the data folder's own permissions apply.
    }
  }

  /** The file's layout. */
  record Stored(int version, List<ConversationRef> references) {}
}
