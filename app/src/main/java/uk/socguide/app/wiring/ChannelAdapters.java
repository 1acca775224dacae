package uk.socguide.app.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.socguide.adapters.teams.TeamsAdapter;
import uk.socguide.adapters.telegram.TelegramAdapter;

/**
 * The chat channels served beside the browser chat, each optional, all over the same metered
 * engine. {@link Application#start} takes them over; until it has, whoever built them closes them.
 *
 * @param teams the Teams adapter, on {@code POST} {@value TeamsAdapter#MESSAGES_PATH}
 * @param telegram the Telegram adapter, on {@code POST} {@value TelegramAdapter#WEBHOOK_PATH} in
 *     webhook mode
 */
public record ChannelAdapters(Optional<TeamsAdapter> teams, Optional<TelegramAdapter> telegram) {

  public static ChannelAdapters none() {
    return new ChannelAdapters(Optional.empty(), Optional.empty());
  }

  /** What is served, for the start-up log: "browser chat, Teams, Telegram (polling)". */
  public String describe() {
    List<String> names = new ArrayList<>(List.of("browser chat"));
    teams.ifPresent(t -> names.add("Teams"));
    telegram.ifPresent(
        t -> names.add("Telegram (" + t.mode().name().toLowerCase(Locale.ROOT) + ")"));
    return String.join(", ", names);
  }
}
