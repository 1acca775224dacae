package uk.socguide.content;

/**
 * A workflow step that is not allowed from where the item stands, such as approving one's own
 * change or publishing when nothing is approved.
 */
public class WorkflowException extends ContentException {
  private static final long serialVersionUID = 1L;

  public WorkflowException(String message) {
    super(message);
  }
}
