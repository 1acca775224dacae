package uk.socguide.app.admin.view;

import java.util.List;

/**
 * What the assistant would make of a question, answered from the working copy (drafts included).
 *
 * @param outcome the kind of turn: answer, clarification, fallback, safety, small talk...
 * @param topic the topic it would answer, or {@code null}
 * @param outOfScope whether intent detection called it out of scope
 * @param needsClarification whether it would ask "did you mean"
 * @param ranking the best topics and their scores, best first
 * @param replyHtml the reply as the browser chat would show it; safe HTML
 */
public record Attempt(
    String question,
    String outcome,
    String topic,
    boolean outOfScope,
    boolean needsClarification,
    List<Score> ranking,
    String replyHtml) {

  public Attempt {
    ranking = List.copyOf(ranking);
  }

  /** A topic and its score from 0 to 1. */
  public record Score(String topic, String title, double score) {}
}
