package uk.socguide.core;

/**
 * One thing a user sent, in channel-neutral form.
 *
 * @param channel the channel's name: web, console, teams, telegram
 * @param conversationId stable id of the conversation within the channel (adapters prefix nothing;
 *     the engine keys state by channel and id together)
 * @param userHash the user's id, already hashed with {@link UserIds#hash}; never a raw id
 * @param text what they typed, or the value of a suggestion they picked; empty for non-text
 * @param audienceHint the audience the channel assumes when the conversation has not chosen one
 * @param kind whether this is text, something other than text, or the start of a conversation
 */
public record InboundMessage(
    String channel,
    String conversationId,
    String userHash,
    String text,
    Audience audienceHint,
    Kind kind) {

  public enum Kind {
    /** A typed message or a picked suggestion. */
    TEXT,
    /** A photo, sticker, voice note, file, location or anything else that is not text. */
    NON_TEXT,
    /** The user opened the conversation (Teams membersAdded, Telegram /start): send a welcome. */
    CONVERSATION_START
  }

  public InboundMessage {
    text = text == null ? "" : text;
  }

  public static InboundMessage text(
      String channel, String conversationId, String userHash, String text, Audience hint) {
    return new InboundMessage(channel, conversationId, userHash, text, hint, Kind.TEXT);
  }
}
