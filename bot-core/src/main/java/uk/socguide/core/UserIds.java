package uk.socguide.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a platform's user id into the pseudonym the core works with, so that no raw user id is
 * stored or logged. Keyed with a secret the app holds, so the pseudonym cannot be reversed by
 * hashing candidate ids.
 */
public final class UserIds {
  private final SecretKeySpec key;
  // a Mac is not thread-safe and costly to look up: one per thread, reused (doFinal resets it)
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public UserIds(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("user id secret must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    newMac(); // fail now, not on the first message, if HmacSHA256 is unavailable
  }

  /** A stable 32-character pseudonym for the user on that channel. */
  public String hash(String channel, String rawUserId) {
    byte[] digest =
        macs.get().doFinal((channel + "\u0000" + rawUserId).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
