package uk.socguide.app.admin.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.socguide.app.admin.json.Jsons;

/** Writes the workspace API's JSON answers, errors in the same shape as the rest of the server. */
public final class JsonOut {
  public static final String TYPE = "application/json; charset=utf-8";

  private JsonOut() {}

  public static void write(Context ctx, int status, Object body) {
    ctx.status(status);
    ctx.contentType(TYPE);
    ctx.result(Jsons.write(body));
  }

  /** {@code {"error": message, "status": status}} */
  public static void error(Context ctx, int status, String message) {
    write(ctx, status, error(status, message));
  }

  public static Map<String, Object> error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    return body;
  }
}
