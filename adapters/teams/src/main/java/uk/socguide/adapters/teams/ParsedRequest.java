package uk.socguide.adapters.teams;

import com.microsoft.bot.schema.Activity;

/** The outcome of reading a request body: an activity, or the status and reason to refuse it. */
record ParsedRequest(Activity activity, int status, String problem) {

  static ParsedRequest ok(Activity activity) {
    return new ParsedRequest(activity, 0, null);
  }

  static ParsedRequest refused(int status, String problem) {
    return new ParsedRequest(null, status, problem);
  }

  boolean isOk() {
    return activity != null;
  }
}
