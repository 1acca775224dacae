package uk.socguide.app.admin.preview;

import java.util.List;
import uk.socguide.core.ReplyMessage;

/**
 * A channel adapter's own rendering of a reply message, exactly as it would be sent: for Teams,
 * each activity as JSON; for Telegram, each message's HTML text. Previews call the adapters'
 * renderers through this, so they show what the channel would get rather than an imitation.
 */
@FunctionalInterface
public interface ChannelRenderer {
  List<String> render(ReplyMessage message);
}
