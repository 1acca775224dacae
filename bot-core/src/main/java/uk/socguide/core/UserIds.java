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

  public UserIds(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("user id secret must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** A stable 32-character pseudonym for the user on that channel. */
  public String hash(String channel, String rawUserId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal((channel + "\u0000" + rawUserId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
