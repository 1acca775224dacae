package uk.socguide.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing the assistant can answer, as held in a revision.
 *
 * @param id stable id such as {@code report.fraud}
 * @param examples questions people ask that this topic answers (training data for intents)
 * @param related ids of topics offered as follow-ups
 * @param answers the variants by audience and jurisdiction; at least one {@link Audience#DEFAULT}
 *     variant with no jurisdiction
 * @param version optimistic-lock version of the topic in the store (0 before the first save)
 */
public record Topic(
    String id,
    String title,
    Category category,
    List<String> examples,
    List<String> related,
    List<Answer> answers,
    List<Source> sources,
    String owner,
    LocalDate lastReviewed,
    LocalDate reviewBy,
    TopicStatus status,
    long version) {}
