package uk.socguide.app.admin;

import uk.socguide.content.store.Database;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.knowledge.LiveKnowledge;

/**
 * What the editors' workspace needs from the running assistant: the content store, the knowledge
 * the engine answers from (publishing swaps it), and the engine itself (previews run through it).
 */
public record LiveAssistant(Database database, LiveKnowledge knowledge, DialogueEngine engine) {}
