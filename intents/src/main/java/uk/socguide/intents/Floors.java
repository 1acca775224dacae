package uk.socguide.intents;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimum acceptable evaluation results, each a share from 0 to 1.
 *
 * @param top1 cross-validated top-1 accuracy
 * @param oosRecall share of out-of-scope examples rejected
 * @param oosPrecision share of rejections that were out of scope
 * @param regressionPassRate share of must-answer questions answered with their intent
 */
public record Floors(
    double top1, double oosRecall, double oosPrecision, double regressionPassRate) {

  /** The floors the seed content is held to. */
  public static Floors defaults() {
    return new Floors(0.85, 0.85, 0.90, 0.90);
  }

  /** One line per floor the report falls below; empty when all are met. */
  public List<String> failures(EvaluationReport report) {
    List<String> out = new ArrayList<>();
    check(out, "top-1 accuracy", report.top1(), top1);
    check(out, "out-of-scope recall", report.oosRecall(), oosRecall);
    check(out, "out-of-scope precision", report.oosPrecision(), oosPrecision);
    check(out, "must-answer pass rate", report.regressionPassRate(), regressionPassRate);
    return out;
  }

  public boolean passed(EvaluationReport report) {
    return failures(report).isEmpty();
  }

  private static void check(List<String> out, String name, double value, double floor) {
    if (value < floor) {
      out.add(
          String.format("%s %.1f%% is below the floor of %.1f%%", name, value * 100, floor * 100));
    }
  }
}
