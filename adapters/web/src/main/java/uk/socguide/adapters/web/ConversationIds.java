package uk.socguide.adapters.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Conversation ids from browsers and API clients: checked when given, generated when absent. */
final class ConversationIds {
  static final int MAX_LENGTH = 64;
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ConversationIds() {}

  /** The id to use: the given one when valid, a new random one when none was given. */
  static String resolve(String given) {
    if (given == null) {
      return generate();
    }
    if (!isValid(given)) {
      throw new ClientError(
          400,
          "conversationId must be 1 to "
              + MAX_LENGTH
              + " characters: letters, digits, '.', '_', ':' or '-'");
    }
    return given;
  }

  static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }

  /** 128 random bits, URL-safe: unguessable, so one browser cannot join another's conversation. */
  static String generate() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
