package uk.socguide.content.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.content.Answer;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;

/**
 * Content items in the shape of the content files: the field names and order editors know. Used to
 * write files and to describe changes field by field.
 */
public final class FileShapes {
  private FileShapes() {}

  public static Map<String, Object> shape(Object item) {
    if (item instanceof Topic t) {
      return topic(t);
    } else if (item instanceof ReportingRoute r) {
      return route(r);
    } else if (item instanceof LexiconConcept c) {
      return concept(c);
    } else if (item instanceof RegressionQuestion q) {
      return question(q);
    }
    throw new IllegalArgumentException("not a content item: " + item);
  }

  /**
   * Every scalar of the item by its path (such as {@code answers[0].text}), for diffs. Lists of
   * scalars are indexed too ({@code examples[3]}).
   */
  public static Map<String, String> flatten(Object item) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", shape(item), out);
    return out;
  }

  private static void flatten(String path, Object value, Map<String, String> out) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(path.isEmpty() ? k.toString() : path + "." + k, v, out));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(path + "[" + i + "]", list.get(i), out);
      }
    } else if (value != null) {
      out.put(path, value.toString());
    }
  }

  private static Map<String, Object> topic(Topic t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("title", t.title());
    if (!t.owner().isEmpty()) {
      m.put("owner", t.owner());
    }
    if (t.lastReviewed() != null) {
      m.put("lastReviewed", t.lastReviewed().toString());
    }
    if (t.reviewBy() != null) {
      m.put("reviewBy", t.reviewBy().toString());
    }
    m.put("related", t.related());
    m.put("examples", t.examples());
    m.put("answers", t.answers().stream().map(FileShapes::answer).toList());
    m.put("sources", t.sources().stream().map(FileShapes::source).toList());
    return m;
  }

  private static Map<String, Object> answer(Answer a) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (a.audience() != null) {
      m.put("audience", Slugs.of(a.audience()));
    }
    if (a.jurisdiction() != null) {
      m.put("jurisdiction", Slugs.of(a.jurisdiction()));
    }
    m.put("text", a.markup());
    return m;
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", s.title());
    m.put("locator", s.locator());
    m.put("url", s.url());
    m.put("publisher", s.publisher());
    m.put("date", s.date());
    return m;
  }

  private static Map<String, Object> route(ReportingRoute r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("name", r.name());
    m.put("phone", r.phone());
    m.put("textphone", r.textphone());
    m.put("sms", r.sms());
    m.put("web", r.web());
    m.put("hours", r.hours());
    m.put("jurisdictions", r.jurisdictions().stream().sorted().map(Slugs::of).toList());
    if (r.urgency() != null) {
      m.put("urgency", Slugs.of(r.urgency()));
    }
    m.put("whenToUse", r.whenToUse());
    m.put(
        "doesNotTake",
        r.doesNotTake().stream()
            .map(
                d -> {
                  Map<String, Object> dm = new LinkedHashMap<>();
                  dm.put("what", d.what());
                  dm.put("route", d.routeId());
                  return dm;
                })
            .toList());
    return m;
  }

  private static Map<String, Object> concept(LexiconConcept c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("type", c.type());
    m.put("synonyms", c.synonyms());
    if (c.successor() != null) {
      m.put("successor", c.successor());
    }
    return m;
  }

  private static Map<String, Object> question(RegressionQuestion q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("question", q.question());
    m.put("topic", q.expectedTopic());
    return m;
  }
}
