package uk.socguide.intents;

/**
 * A normalised word and where it came from.
 *
 * @param text the word after case folding, contraction expansion and spelling normalisation
 * @param start offset of the first character in the original text
 * @param end offset after the last character in the original text
 */
record Token(String text, int start, int end) {}
