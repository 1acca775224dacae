package uk.socguide.core.knowledge;

import java.util.Objects;
import uk.socguide.content.ContentRelease;
import uk.socguide.intents.IntentModel;

/**
 * A content release and the intent model trained from it: the pair one turn reads from start to
 * finish. Both parts are immutable, so a turn that started on a pair finishes on it even if a newer
 * pair is published meanwhile.
 */
public record Knowledge(ContentRelease release, IntentModel model) {

  public Knowledge {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(model, "model");
  }
}
