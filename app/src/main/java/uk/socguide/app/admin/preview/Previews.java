package uk.socguide.app.admin.preview;

import java.util.List;
import uk.socguide.app.admin.view.Attempt;
import uk.socguide.app.admin.view.ChannelPreview;
import uk.socguide.content.Topic;

/**
 * Shows editors what readers would get before anything is published: each answer variant as the
 * browser chat, Teams and Telegram would render it, and how a question would be understood. Nothing
 * here reads or changes conversations or the inbox.
 */
public interface Previews {

  /** Every answer variant of {@code draft}, answered from the working copy with it in place. */
  List<ChannelPreview> topic(Topic draft);

  /**
   * How the assistant would understand and answer {@code question} from the working copy, with
   * {@code draft} in place when it is not {@code null}.
   */
  Attempt ask(String question, Topic draft);
}
