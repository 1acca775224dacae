package uk.socguide.adapters.telegram;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what each inline button means on the server, so a button's callback_data is only a short
 * random id (12 bytes of ASCII, far under Telegram's 64). An id resolves only in the chat it was
 * made for, so a doctored client cannot replay another chat's buttons. Bounded: the oldest ids are
 * forgotten first, and every id expires.
 */
final class CallbackStore {

  private static final Base64.Encoder ID_ENCODING = Base64.getUrlEncoder().withoutPadding();

  private final int capacity;
  private final Duration ttl;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  private record Entry(long chatId, String value, Instant expires) {}

  CallbackStore(int capacity, Duration ttl, Clock clock) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A new id for a button in {@code chatId} whose value is {@code value}. */
  synchronized String put(long chatId, String value) {
    Instant now = clock.instant();
    dropExpired(now);
    String id;
    do {
      byte[] bytes = new byte[9];
      random.nextBytes(bytes);
      id = ID_ENCODING.encodeToString(bytes);
    } while (entries.containsKey(id));
    entries.put(id, new Entry(chatId, value, now.plus(ttl)));
    while (entries.size() > capacity) {
      Iterator<String> oldest = entries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return id;
  }

  /**
   * The value behind a button pressed in {@code chatId}; empty when unknown, expired or foreign.
   */
  synchronized Optional<String> resolve(long chatId, String id) {
    if (id == null) {
      return Optional.empty();
    }
    Entry e = entries.get(id);
    if (e == null || e.chatId() != chatId) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(e.expires())) {
      entries.remove(id);
      return Optional.empty();
    }
    return Optional.of(e.value());
  }

  synchronized int size() {
    return entries.size();
  }

  // entries are in insertion order and share one ttl, so the expired ones are at the front
  private void dropExpired(Instant now) {
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (it.hasNext()) {
      if (now.isBefore(it.next().getValue().expires())) {
        return;
      }
      it.remove();
    }
  }
}
