package uk.socguide.adapters.teams;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** Whether an address or host name is this machine's loopback. Never resolves names via DNS. */
final class Loopback {
  private Loopback() {}

  static boolean isLoopbackHost(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || isLoopbackAddress(h);
  }

  /** True for an IP literal in 127.0.0.0/8 or ::1; names are not looked up. */
  static boolean isLoopbackAddress(String address) {
    if (address == null || address.isEmpty() || !looksLikeIpLiteral(address)) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean looksLikeIpLiteral(String s) {
    if (s.indexOf(':') >= 0) {
      return s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
    }
    return s.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
  }
}
