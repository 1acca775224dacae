package uk.socguide.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key for hashing users' platform ids: {@code SOC_GUIDE_USER_ID_SECRET} when set, otherwise a
 * random key generated on first start and kept in the data folder, readable by its owner only.
 * Keeping it stable keeps the pseudonyms stable across restarts.
 */
public final class UserIdSecret {
  static final String FILE = "user-id.secret";
  private static final Logger LOG = LoggerFactory.getLogger(UserIdSecret.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private UserIdSecret() {}

  public static byte[] load(AppConfig config) {
    if (config.userIdSecret() != null) {
      return config.userIdSecret().value().getBytes(StandardCharsets.UTF_8);
    }
    Path file = config.dataDir().resolve(FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      tighten(file);
      byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
      if (key.length < 16) {
        throw new IllegalArgumentException("too short");
      }
      return key;
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(
          "bad setting "
              + Names.USER_ID_SECRET
              + ": not set, and "
              + file
              + " cannot be used ("
              + e.getClass().getSimpleName()
              + "); set the variable or delete the file to make a new key");
    }
  }

  private static void create(Path file) throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path temp = file.resolveSibling(FILE + ".tmp");
    Files.deleteIfExists(temp);
    if (supportsPosix(file)) {
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(temp);
    }
    Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n");
    try {
      // a link fails if another process created the key first; then both use theirs
      Files.createLink(file, temp);
      LOG.info("Created a new user-id key in {}", file);
    } catch (FileAlreadyExistsException e) {
      LOG.debug("user-id key created concurrently");
    } catch (UnsupportedOperationException e) {
      Files.move(temp, file);
      LOG.info("Created a new user-id key in {}", file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void tighten(Path file) throws IOException {
    if (supportsPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
      LOG.warn("{} was readable by others; made it owner-only", file);
    }
  }

  private static boolean supportsPosix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
