package uk.socguide.app.admin.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.app.admin.http.Action;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.json.Jsons;
import uk.socguide.content.ConflictException;
import uk.socguide.content.UnknownItemException;
import uk.socguide.content.ValidationException;
import uk.socguide.content.WorkflowException;

/** Reading JSON bodies and turning the content store's refusals into API errors. */
final class ApiSupport {
  private ApiSupport() {}

  /**
   * The body as {@code type}.
   *
   * @throws Refusal 415 for a body that is not JSON, 400 for JSON of the wrong shape
   */
  static <T> T body(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (contentType == null
        || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new Refusal(415, "send a JSON body with Content-Type: application/json");
    }
    try {
      T value = Jsons.MAPPER.readValue(ctx.bodyAsBytes(), type);
      if (value == null) {
        throw Refusal.badRequest("the body is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw Refusal.badRequest(
          "the body is not the JSON expected: " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw Refusal.badRequest("the body could not be read");
    }
  }

  /** The action, with content-store refusals answered as 404, 409 or 422 and bad input as 400. */
  static Action mapped(Action action) {
    return (ctx, who) -> {
      try {
        action.handle(ctx, who);
      } catch (ValidationException e) {
        Map<String, Object> body = JsonOut.error(422, e.problems().size() + " problems");
        body.put("problems", e.problems().stream().map(Shapes::problem).toList());
        JsonOut.write(ctx, 422, body);
      } catch (ConflictException e) {
        Map<String, Object> body = JsonOut.error(409, e.getMessage());
        body.put("changedBy", e.changedBy());
        body.put("changedAt", e.changedAt());
        JsonOut.write(ctx, 409, body);
      } catch (WorkflowException e) {
        JsonOut.error(ctx, 409, e.getMessage());
      } catch (UnknownItemException e) {
        JsonOut.error(ctx, 404, e.getMessage());
      } catch (IllegalArgumentException e) {
        JsonOut.error(ctx, 400, e.getMessage());
      }
    };
  }

  static Map<String, Object> map(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  static Map<String, Object> list(String name, List<?> items) {
    return map(name, items, "count", items.size());
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Refusal.badRequest(name + " must be a whole number from " + min + " to " + max);
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "malformed";
    }
    String line = s.replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
