package uk.socguide.app.admin.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code
 * $argon2id$v=19$m=...,t=...,p=...$salt$hash}), with BouncyCastle's implementation. The default
 * cost is OWASP's minimum for Argon2id (19 MiB, two passes, one lane). A hash records its own cost,
 * so raising the cost later keeps old hashes verifiable. At most two hashes are computed at once,
 * so a flood of sign-ins cannot exhaust memory.
 */
public final class Passwords {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  private static final int SALT_BYTES = 16;
  private static final int MAX_MEMORY_KIB = 256 * 1024;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKiB;
  private final int iterations;
  private final SecureRandom random = new SecureRandom();
  private final Semaphore hashing = new Semaphore(2);
  private final String dummy;

  /** OWASP's recommended minimum: m=19456 KiB, t=2, p=1. */
  public Passwords() {
    this(19 * 1024, 2);
  }

  /** A cheaper cost, for tests only. */
  public Passwords(int memoryKiB, int iterations) {
    if (memoryKiB < 8 || iterations < 1) {
      throw new IllegalArgumentException("Argon2id needs at least 8 KiB and one pass");
    }
    this.memoryKiB = memoryKiB;
    this.iterations = iterations;
    this.dummy = hash("not a real password, used to spend equal time on unknown names");
  }

  /** A new hash of {@code password} with a random salt. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] out = derive(password, salt, memoryKiB, iterations, 1, HASH_BYTES);
    return "$argon2id$v=19$m="
        + memoryKiB
        + ",t="
        + iterations
        + ",p=1$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(out);
  }

  /** True when {@code password} matches {@code encoded}; false for a malformed hash. */
  public boolean verify(String password, String encoded) {
    Matcher m = encoded == null ? null : PHC.matcher(encoded);
    if (m == null || !m.matches()) {
      return false;
    }
    int memory = Integer.parseInt(m.group(1));
    if (memory > MAX_MEMORY_KIB) {
      return false;
    }
    byte[] salt = B64D.decode(m.group(4));
    byte[] expected = B64D.decode(m.group(5));
    byte[] actual =
        derive(
            password,
            salt,
            memory,
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends the time a verification takes, for names that do not exist. */
  public void verifyNothing(String password) {
    verify(password, dummy);
  }

  /**
   * Checks a new password: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH},
   * not the user's name.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static void checkNew(String userName, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "a password must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a password must be at most " + MAX_LENGTH + " characters long");
    }
    if (password.strip().equalsIgnoreCase(userName)) {
      throw new IllegalArgumentException("a password must not be the user's name");
    }
  }

  private byte[] derive(
      String password, byte[] salt, int memory, int passes, int lanes, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memory)
            .withIterations(passes)
            .withParallelism(lanes)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] secret = password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[length];
    hashing.acquireUninterruptibly();
    try {
      generator.generateBytes(secret, out);
    } finally {
      hashing.release();
      Arrays.fill(secret, (byte) 0);
    }
    return out;
  }
}
