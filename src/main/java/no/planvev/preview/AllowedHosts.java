package no.planvev.preview;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code Host} header values the server answers to. A page on another site can make a browser
 * send requests to localhost under its own name (DNS rebinding); such requests carry that name in
 * {@code Host} and get 403.
 */
final class AllowedHosts {

  private final Set<String> hosts;
  private final int port;

  private AllowedHosts(Set<String> hosts, int port) {
    this.hosts = Collections.unmodifiableSet(hosts);
    this.port = port;
  }

  /**
   * Loopback names always; the bind address itself when it is another one; every address of this
   * machine when bound to all interfaces ({@code 0.0.0.0} or {@code ::}).
   */
  static AllowedHosts forBinding(InetAddress bind, int port) {
    Set<String> hosts = new TreeSet<>();
    hosts.add("localhost");
    hosts.add("127.0.0.1");
    hosts.add("[::1]");
    if (bind.isAnyLocalAddress()) {
      try {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          for (InetAddress a : Collections.list(nif.getInetAddresses())) hosts.add(literal(a));
        }
      } catch (SocketException e) {
        // Loopback only, then; the warning printed at start still applies.
      }
    } else if (!bind.isLoopbackAddress()) {
      hosts.add(literal(bind));
    }
    return new AllowedHosts(hosts, port);
  }

  /** The host as it appears in a URL: IPv6 in brackets, without a zone. */
  static String literal(InetAddress a) {
    String text = a.getHostAddress();
    int zone = text.indexOf('%');
    if (zone >= 0) text = text.substring(0, zone);
    return text.contains(":") ? "[" + text.toLowerCase(Locale.ROOT) + "]" : text;
  }

  /** Whether a {@code Host} header value names this server (the port must match too). */
  boolean allows(String hostHeader) {
    if (hostHeader == null) return false;
    String value = hostHeader.trim().toLowerCase(Locale.ROOT);
    String host = value;
    String portText = null;
    int colon = value.lastIndexOf(':');
    if (colon >= 0 && colon > value.lastIndexOf(']')) {
      host = value.substring(0, colon);
      portText = value.substring(colon + 1);
    }
    if (!hosts.contains(host)) return false;
    if (portText == null) return port == 80;
    return portText.equals(Integer.toString(port));
  }

  Set<String> hosts() {
    return hosts;
  }
}
