package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import no.planvev.model.Addresses.Accepts;
import no.planvev.model.Addresses.Refusal;
import org.junit.jupiter.api.Test;

class AddressesTest {

  @Test
  void webKeysTakeOnlyAbsoluteHttpAndHttps() {
    assertNull(Addresses.check("https://uustatus.no/nb/erklaringer/publisert/x", Accepts.WEB));
    assertNull(Addresses.check("HTTP://example.no", Accepts.WEB));
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "JavaScript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "file:///etc/passwd",
          "vbscript:msgbox(1)",
          "mailto:post@example.no",
          "/nb/om/",
          "example.no",
          "https:example.no",
          "https://",
          "//example.no/x",
          "https://:80/"
        }) {
      assertEquals(Refusal.NOT_WEB, Addresses.check(bad, Accepts.WEB), bad);
    }
  }

  @Test
  void documentsTakeFilesAndWebMailAndPhoneAddresses() {
    for (String ok :
        new String[] {
          "assets/uttalelse.pdf",
          "/assets/a b.pdf",
          "assets/x.pdf#side=2",
          "https://www.regjeringen.no/x.pdf",
          "mailto:post@example.no",
          "tel:+4778000000"
        }) {
      assertNull(Addresses.check(ok, Accepts.WEB_OR_FILE), ok);
    }
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "data:application/pdf;base64,AAAA",
          "file:///etc/passwd",
          "VBScript:MsgBox(1)",
          "//evil.example/x.pdf",
          "\\\\evil\\x.pdf",
          "/\\evil.example/x.pdf",
          "http:x.pdf"
        }) {
      assertEquals(Refusal.NOT_DOCUMENT, Addresses.check(bad, Accepts.WEB_OR_FILE), bad);
    }
  }

  @Test
  void refusesControlCharactersAnywhere() {
    assertEquals(Refusal.CONTROL, Addresses.check("https://example.no/\u001b[2J", Accepts.WEB));
    assertEquals(Refusal.CONTROL, Addresses.check("java\tscript:alert(1)", Accepts.WEB_OR_FILE));
    assertEquals(Refusal.CONTROL, Addresses.check("assets/\u202Efdp.exe", Accepts.WEB_OR_FILE));
  }

  @Test
  void baseUrlIsAbsoluteWithoutCredentialsQueryOrFragment() {
    assertNull(Addresses.checkBase("https://plan.example.no/"));
    assertNull(Addresses.checkBase("https://example.no/planer"));
    assertNull(Addresses.checkBase("http://localhost:8080/"));
    assertEquals(Refusal.NOT_WEB, Addresses.checkBase("javascript:alert(1)//"));
    assertEquals(Refusal.NOT_WEB, Addresses.checkBase("plan.example.no"));
    assertEquals(Refusal.NOT_WEB, Addresses.checkBase("https://plan example.no/"));
    assertEquals(Refusal.CREDENTIALS, Addresses.checkBase("https://u:p@plan.example.no/"));
    assertEquals(Refusal.QUERY, Addresses.checkBase("https://plan.example.no/?utm=1"));
    assertEquals(Refusal.QUERY, Addresses.checkBase("https://plan.example.no/#top"));
  }
}
