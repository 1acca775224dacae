package uk.socguide.adapters.telegram;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Who the bot is: its id is known from the token, its username once getMe has answered. Until then,
 * group messages reach the bot only as replies to it and commands.
 */
final class BotIdentity {
  private final long id;
  private final AtomicReference<String> username = new AtomicReference<>();

  BotIdentity(long id) {
    this.id = id;
  }

  long id() {
    return id;
  }

  String username() {
    return username.get();
  }

  void username(String name) {
    username.set(name);
  }
}
