package uk.socguide.intents;

/** An editors' "must answer" question and the intent it must reach. */
public record RegressionCase(String question, String expectedIntent) {}
