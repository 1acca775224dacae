package uk.socguide.intents;

/**
 * A trained, immutable intent model. Thread-safe: any number of threads may classify at once. Never
 * throws for any input text, however long, empty or strange: such text is out of scope.
 */
public interface IntentModel {

  Classification classify(String text);
}
