package uk.socguide.content;

/**
 * One variant of a topic's answer.
 *
 * @param audience who it is written for ({@link Audience#DEFAULT} for everyone)
 * @param jurisdiction where it applies, or {@code null} when it applies everywhere
 * @param markup the answer in the portable markup: paragraphs separated by a blank line, lines
 *     starting {@code "- "} as bullets, {@code **bold**}, {@code [text](https://url)}, and route
 *     references {@code {route:ID}} (the route's name and contact lines) or {@code
 *     {route:ID.FIELD}} (one field: name, phone, textphone, sms, web, hours)
 */
public record Answer(Audience audience, Jurisdiction jurisdiction, String markup) {}
