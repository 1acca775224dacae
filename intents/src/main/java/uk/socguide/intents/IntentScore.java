package uk.socguide.intents;

/** An intent and how strongly a question points to it, from 0 to 1. */
public record IntentScore(String intent, double score) {}
