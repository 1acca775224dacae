package uk.socguide.intents;

/** One example question and the intent it belongs to. */
public record TrainingExample(String intent, String text) {}
