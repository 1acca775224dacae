package uk.socguide.app.wiring;

import java.util.List;
import java.util.Optional;
import uk.socguide.adapters.web.IntentParser;
import uk.socguide.app.admin.LiveAssistant;
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

  /**
   * The content store, live knowledge and engine, for the editors' workspace to publish into and
   * preview with; empty when this assistant has none to offer (no workspace is served then).
   */
  default Optional<LiveAssistant> live() {
    return Optional.empty();
  }

  /** Releases the database and any background work. */
  @Override
  void close();
}
