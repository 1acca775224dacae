package uk.socguide.app.admin.publish;

import java.util.List;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Problem;

/**
 * What a publish or restore did: either a new live release, or a refusal with every reason.
 *
 * @param release the release now live, or {@code null} when refused
 * @param reasons why it was refused, in words; empty when published
 * @param problems content validation problems (part of the reasons), for showing per item
 * @param evaluation how intent detection did on the candidate, or {@code null} when validation
 *     stopped it first
 */
public record PublishResult(
    ContentRelease release, List<String> reasons, List<Problem> problems, Evaluation evaluation) {

  public PublishResult {
    reasons = List.copyOf(reasons);
    problems = List.copyOf(problems);
  }

  public boolean published() {
    return release != null;
  }
}
