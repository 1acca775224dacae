package uk.socguide.app.admin.view;

import java.util.List;

/**
 * One answer variant as each channel would show it.
 *
 * @param label who and where the variant is for
 * @param browserHtml the browser chat's rendering; safe HTML
 * @param teamsCards the Adaptive Card (or Markdown text) activities Teams would be sent, as JSON
 * @param teamsHtml a rendering of those cards for the page; safe HTML
 * @param telegramMessages the Telegram messages' HTML text, exactly as they would be sent
 * @param telegramHtml a rendering of those messages for the page; safe HTML
 */
public record ChannelPreview(
    String label,
    String browserHtml,
    List<String> teamsCards,
    String teamsHtml,
    List<String> telegramMessages,
    String telegramHtml) {

  public ChannelPreview {
    teamsCards = List.copyOf(teamsCards);
    telegramMessages = List.copyOf(telegramMessages);
  }

  /** The Teams activities indented for people to read on the page. */
  public List<String> teamsCardsIndented() {
    return teamsCards.stream().map(PrettyJson::of).toList();
  }
}
