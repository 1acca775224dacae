package uk.socguide.intents;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The model in use, swapped atomically after retraining. A classification reads the current model
 * once and finishes on it, so a swap never pauses or disturbs classifications in progress.
 */
public final class LiveIntentModel implements IntentModel {

  private final AtomicReference<IntentModel> current;

  public LiveIntentModel(IntentModel initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  @Override
  public Classification classify(String text) {
    return current.get().classify(text);
  }

  /** Puts {@code next} in use and returns the model it replaced. */
  public IntentModel swap(IntentModel next) {
    return current.getAndSet(Objects.requireNonNull(next, "next"));
  }

  public IntentModel current() {
    return current.get();
  }
}
