package uk.socguide.app.wiring;

import java.util.List;
import uk.socguide.adapters.web.IntentParser;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.core.TurnHandler;

/**
 * The assistant every channel talks to: the dialogue engine over the published content and its
 * intent model, with what it needs to be ready.
 */
public interface Assistant extends AutoCloseable {

  /** The engine; thread-safe, never throws for user input. */
  TurnHandler turns();

  /** How a text would be understood, for {@code /api/parse}. */
  IntentParser parser();

  /** The database and the model, for readiness. */
  List<HealthCheck> checks();

  /** Releases the database and any background work. */
  @Override
  void close();
}
