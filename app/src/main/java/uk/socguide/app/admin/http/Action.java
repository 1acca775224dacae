package uk.socguide.app.admin.http;

import io.javalin.http.Context;
import uk.socguide.app.admin.auth.Principal;

/** What a workspace route does once {@link Guard} has let the request through. */
@FunctionalInterface
public interface Action {
  void handle(Context ctx, Principal who) throws Exception;
}
