package uk.socguide.content;

/** An editors' "must answer" question and the topic it must go to. */
public record RegressionQuestion(String question, String expectedTopic) {}
