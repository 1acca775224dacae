package uk.socguide.core.dialogue;

import java.time.Instant;
import java.util.List;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Jurisdiction;
import uk.socguide.core.Audience;
import uk.socguide.core.EntityRef;
import uk.socguide.core.InboundMessage;
import uk.socguide.intents.Classification;
import uk.socguide.intents.IntentModel;

/** One turn in progress: the message, the knowledge it reads, and the state it leaves behind. */
final class Turn {
  final InboundMessage message;
  final Catalogue catalogue;
  final Instant now;
  final Effects effects;

  /** The state the conversation was in when the message arrived. */
  final ConversationState before;

  /** The state to save when the turn ends; updated as the turn decides. */
  ConversationState state;

  Turn(
      InboundMessage message,
      Catalogue catalogue,
      Instant now,
      Effects effects,
      ConversationState before) {
    this.message = message;
    this.catalogue = catalogue;
    this.now = now;
    this.effects = effects;
    this.before = before;
    this.state = before;
  }

  ContentRelease release() {
    return catalogue.release();
  }

  IntentModel model() {
    return catalogue.knowledge().model();
  }

  String channel() {
    return message.channel();
  }

  /** The audience the conversation chose, or else the one the channel assumes. */
  Audience audience() {
    return state.audience() != null ? state.audience() : message.audienceHint();
  }

  Jurisdiction jurisdiction() {
    return state.jurisdiction();
  }

  static List<EntityRef> entities(Classification c) {
    return c.entities().stream().map(e -> new EntityRef(e.type(), e.value())).toList();
  }
}
