package uk.socguide.intents;

import java.util.List;
import java.util.Locale;

/** Renders an {@link EvaluationReport} for a terminal and as Markdown. */
final class ReportFormat {

  /** The terminal shows this many misclassified examples; the Markdown report shows them all. */
  static final int TERMINAL_MISSES = 40;

  private ReportFormat() {}

  static String table(EvaluationReport r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Intent evaluation: %d-fold cross-validation, %d examples, %d intents%n%n",
            r.folds(),
            r.examples(),
            r.intents()));
    for (String[] row : summary(r)) {
      out.append(String.format(Locale.ROOT, "  %-28s %s%n", row[0], row[1]));
    }
    out.append(String.format("%nPer intent (worst F1 first)%n"));
    int width =
        Math.max(12, r.perIntent().stream().mapToInt(m -> m.intent().length()).max().orElse(0));
    String rowFormat = "  %-" + width + "s %9s %7s %6s %5s%n";
    out.append(String.format(Locale.ROOT, rowFormat, "intent", "precision", "recall", "F1", "n"));
    for (EvaluationReport.IntentMetrics m : r.perIntent()) {
      out.append(
          String.format(
              Locale.ROOT,
              rowFormat,
              m.intent(),
              pct(m.precision()),
              pct(m.recall()),
              pct(m.f1()),
              m.support()));
    }
    if (!r.confusions().isEmpty()) {
      out.append(String.format("%nMost confused (expected -> predicted)%n"));
      for (EvaluationReport.Confusion c : r.confusions()) {
        out.append(
            String.format(
                Locale.ROOT, "  %3d  %s -> %s%n", c.count(), c.expected(), c.predicted()));
      }
    }
    if (!r.misclassified().isEmpty()) {
      out.append(
          String.format(
              "%nMisclassified examples (%d; first %d)%n",
              r.misclassified().size(), Math.min(TERMINAL_MISSES, r.misclassified().size())));
      for (Prediction p :
          r.misclassified().subList(0, Math.min(TERMINAL_MISSES, r.misclassified().size()))) {
        out.append(
            String.format(
                Locale.ROOT,
                "  \"%s\"%n      expected %s, got %s (%.2f)%n",
                oneLine(p.text()),
                p.expected(),
                p.predicted(),
                p.score()));
      }
    }
    List<Prediction> failed = r.regression().stream().filter(p -> !p.correct()).toList();
    out.append(
        String.format(
            "%nMust-answer questions: %d of %d pass%n",
            r.regression().size() - failed.size(), r.regression().size()));
    for (Prediction p : failed) {
      out.append(
          String.format(
              Locale.ROOT,
              "  FAIL \"%s\"%n      expected %s, got %s (%.2f)%n",
              oneLine(p.text()),
              p.expected(),
              p.predicted(),
              p.score()));
    }
    return out.toString();
  }

  static String markdown(EvaluationReport r) {
    StringBuilder out = new StringBuilder("# Intent evaluation\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%d-fold cross-validation over %d examples of %d intents.%n%n",
            r.folds(),
            r.examples(),
            r.intents()));
    out.append("| measure | value |\n|---|---|\n");
    for (String[] row : summary(r)) {
      out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
    }
    out.append("\n## Per intent (worst F1 first)\n\n| intent | precision | recall | F1 | n |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (EvaluationReport.IntentMetrics m : r.perIntent()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %d |%n",
              cell(m.intent()),
              pct(m.precision()),
              pct(m.recall()),
              pct(m.f1()),
              m.support()));
    }
    out.append("\n## Most confused\n\n");
    if (r.confusions().isEmpty()) {
      out.append("None.\n");
    } else {
      out.append("| expected | predicted | count |\n|---|---|---:|\n");
      for (EvaluationReport.Confusion c : r.confusions()) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d |%n",
                cell(c.expected()),
                cell(c.predicted()),
                c.count()));
      }
    }
    out.append("\n## Misclassified examples\n\n");
    predictions(out, r.misclassified());
    out.append("\n## Must-answer questions\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%d of %d pass.%n%n",
            r.regression().stream().filter(Prediction::correct).count(),
            r.regression().size()));
    predictions(out, r.regression().stream().filter(p -> !p.correct()).toList());
    return out.toString();
  }

  private static void predictions(StringBuilder out, List<Prediction> list) {
    if (list.isEmpty()) {
      out.append("None.\n");
      return;
    }
    out.append("| question | expected | predicted | score |\n|---|---|---|---:|\n");
    for (Prediction p : list) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %.2f |%n",
              cell(p.text()),
              cell(p.expected()),
              cell(p.predicted()),
              p.score()));
    }
  }

  private static String[][] summary(EvaluationReport r) {
    return new String[][] {
      {"top-1 accuracy", pct(r.top1())},
      {"top-3 accuracy", pct(r.top3())},
      {"out-of-scope precision", pct(r.oosPrecision())},
      {"out-of-scope recall", pct(r.oosRecall())},
      {"asked for clarification", pct(r.clarificationRate())},
      {"right without asking", pct(r.rightAtOnce())},
      {"must-answer pass rate", pct(r.regressionPassRate())},
      {"out-of-scope score floor", String.format(Locale.ROOT, "%.3f", r.threshold())},
      {"training time (all data)", r.trainingMillis() + " ms"}
    };
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Text safe inside a Markdown table cell. */
  private static String cell(String text) {
    return oneLine(text).replace("\\", "\\\\").replace("|", "\\|");
  }
}
