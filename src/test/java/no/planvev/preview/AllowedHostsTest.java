package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AllowedHostsTest {

  @Test
  void loopbackBindingAllowsOnlyLoopbackNamesWithThePort() throws Exception {
    AllowedHosts h = AllowedHosts.forBinding(InetAddress.getByName("127.0.0.1"), 8080);
    assertTrue(h.allows("localhost:8080"));
    assertTrue(h.allows("127.0.0.1:8080"));
    assertTrue(h.allows("[::1]:8080"));
    assertFalse(h.allows("localhost:8081"));
    assertFalse(h.allows("localhost"));
    assertFalse(h.allows("example.com:8080"));
    assertFalse(h.allows("192.168.1.10:8080"));
    assertFalse(h.allows(null));
    assertFalse(h.allows("localhost.:8080"));
  }

  @Test
  void portEightyMayBeLeftOut() throws Exception {
    AllowedHosts h = AllowedHosts.forBinding(InetAddress.getByName("127.0.0.1"), 80);
    assertTrue(h.allows("localhost"));
    assertTrue(h.allows("localhost:80"));
  }

  @Test
  void anotherBindAddressIsAllowedToo() throws Exception {
    AllowedHosts h = AllowedHosts.forBinding(InetAddress.getByName("192.168.1.10"), 8080);
    assertTrue(h.allows("192.168.1.10:8080"));
    assertTrue(h.allows("localhost:8080"));
    assertFalse(h.allows("evil.example:8080"));
  }
}
