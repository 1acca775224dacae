package uk.socguide.app.admin.publish;

import java.util.List;

/**
 * How intent detection did on a candidate release, against the floors a publish must reach.
 *
 * @param top1 cross-validated top-1 accuracy
 * @param oosRecall share of out-of-scope examples rejected
 * @param oosPrecision share of rejections that were out of scope
 * @param mustAnswer share of the must-answer questions that reached their topic
 * @param floors the floors, in the same order
 * @param failures one line per floor not reached; empty when the release may go live
 * @param missed the must-answer questions that went elsewhere, as "question -> got (expected)"
 */
public record Evaluation(
    double top1,
    double oosRecall,
    double oosPrecision,
    double mustAnswer,
    Floors floors,
    List<String> failures,
    List<String> missed) {

  public Evaluation {
    failures = List.copyOf(failures);
    missed = List.copyOf(missed);
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  /** The least each figure must be, as shares from 0 to 1. */
  public record Floors(double top1, double oosRecall, double oosPrecision, double mustAnswer) {}
}
