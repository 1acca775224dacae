package uk.socguide.content;

/** Something a reporting route does not take, and the route that takes it instead. */
public record RouteRedirect(String what, String routeId) {}
