package uk.socguide.content;

import java.util.List;
import java.util.Set;

/**
 * A way to report something, held once so that every answer that references it shows the same
 * numbers. Empty strings mean "not offered".
 */
public record ReportingRoute(
    String id,
    String name,
    String phone,
    String textphone,
    String sms,
    String web,
    String hours,
    Set<Jurisdiction> jurisdictions,
    String whenToUse,
    Urgency urgency,
    List<RouteRedirect> doesNotTake) {}
