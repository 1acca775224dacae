package uk.socguide.intents;

/**
 * A trained, immutable intent model. Thread-safe: any number of threads may classify at once. Never
 * throws for any input text, however long, empty or strange: such text is out of scope. Text over
 * 2,000 characters is out of scope without being read, so no input costs more than that. The
 * ranking holds at most the ten best intents.
 */
public interface IntentModel {

  Classification classify(String text);
}
