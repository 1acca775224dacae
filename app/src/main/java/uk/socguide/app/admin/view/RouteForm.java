package uk.socguide.app.admin.view;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.Urgency;

/**
 * The reporting-route form's fields as typed.
 *
 * @param jurisdictions the {@link Jurisdiction} names ticked
 * @param urgency an {@link Urgency} name
 */
public record RouteForm(
    boolean isNew,
    String id,
    String name,
    String phone,
    String textphone,
    String sms,
    String web,
    String hours,
    Set<String> jurisdictions,
    String whenToUse,
    String urgency,
    List<Redirect> doesNotTake,
    long version,
    String reason) {

  public RouteForm {
    jurisdictions = Set.copyOf(jurisdictions);
    doesNotTake = List.copyOf(doesNotTake);
  }

  /** Something the route does not take, and the route that takes it. */
  public record Redirect(String what, String routeId) {}

  public static List<Jurisdiction> allJurisdictions() {
    return Arrays.asList(Jurisdiction.values());
  }

  public static List<Urgency> urgencies() {
    return Arrays.asList(Urgency.values());
  }
}
