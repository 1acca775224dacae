package uk.socguide.adapters.teams.fakes;

/** Settings shared by the fake servers. */
final class LoopbackServers {
  static {
    // The JDK server writes headers and body apart; with Nagle on, each response waits ~40 ms.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private LoopbackServers() {}

  /** Applies the settings; call before creating the first server. */
  static void configure() {
    // the static initialiser does the work
  }
}
