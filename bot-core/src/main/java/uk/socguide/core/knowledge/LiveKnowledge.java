package uk.socguide.core.knowledge;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The knowledge the assistant answers from now. The app publishes a new release and model together
 * with {@link #publish}; the engine reads {@link #get} once at the start of each turn, so no turn
 * ever mixes one release's content with another release's model. Thread-safe.
 */
public final class LiveKnowledge implements Supplier<Knowledge> {
  private final AtomicReference<Knowledge> current;

  public LiveKnowledge(Knowledge initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  /** The pair live now. */
  @Override
  public Knowledge get() {
    return current.get();
  }

  /**
   * Makes {@code next} live for every turn that starts from now on; returns the pair it replaced.
   */
  public Knowledge publish(Knowledge next) {
    return current.getAndSet(Objects.requireNonNull(next, "next"));
  }
}
