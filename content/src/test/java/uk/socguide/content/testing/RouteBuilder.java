package uk.socguide.content.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteRedirect;
import uk.socguide.content.Urgency;

/** Builds a valid reporting route: available in every jurisdiction unless told otherwise. */
public final class RouteBuilder {
  private final String id;
  private String name;
  private String phone = "";
  private String textphone = "";
  private String sms = "";
  private String web = "";
  private String hours = "";
  private Set<Jurisdiction> jurisdictions = EnumSet.allOf(Jurisdiction.class);
  private String whenToUse;
  private Urgency urgency = Urgency.SPECIALIST;
  private final List<RouteRedirect> redirects = new ArrayList<>();

  RouteBuilder(String id) {
    this.id = id;
    this.name = id;
    this.whenToUse = "When " + id + " is the right place.";
  }

  public RouteBuilder name(String name) {
    this.name = name;
    return this;
  }

  public RouteBuilder phone(String phone) {
    this.phone = phone;
    return this;
  }

  public RouteBuilder textphone(String textphone) {
    this.textphone = textphone;
    return this;
  }

  public RouteBuilder sms(String sms) {
    this.sms = sms;
    return this;
  }

  public RouteBuilder web(String web) {
    this.web = web;
    return this;
  }

  public RouteBuilder hours(String hours) {
    this.hours = hours;
    return this;
  }

  public RouteBuilder jurisdictions(Jurisdiction... js) {
    this.jurisdictions = EnumSet.copyOf(List.of(js));
    return this;
  }

  public RouteBuilder whenToUse(String whenToUse) {
    this.whenToUse = whenToUse;
    return this;
  }

  public RouteBuilder urgency(Urgency urgency) {
    this.urgency = urgency;
    return this;
  }

  public RouteBuilder redirect(String what, String routeId) {
    redirects.add(new RouteRedirect(what, routeId));
    return this;
  }

  public ReportingRoute build() {
    return new ReportingRoute(
        id, name, phone, textphone, sms, web, hours, jurisdictions, whenToUse, urgency, redirects);
  }
}
