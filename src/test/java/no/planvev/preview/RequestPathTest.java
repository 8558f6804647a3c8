package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class RequestPathTest {

  @Test
  void mapsFoldersToTheirIndex() {
    assertEquals(new RequestPath.Site("index.html", true), RequestPath.parse("/"));
    assertEquals(new RequestPath.Site("nb/index.html", true), RequestPath.parse("/nb/"));
    assertEquals(new RequestPath.Site("nb", false), RequestPath.parse("/nb"));
    assertEquals(
        new RequestPath.Site("static/planvev.css", false),
        RequestPath.parse("/static/planvev.css"));
  }

  @Test
  void decodesUtf8() {
    assertEquals(
        new RequestPath.Site("nb/høring/index.html", true), RequestPath.parse("/nb/h%C3%B8ring/"));
    assertEquals(new RequestPath.Site("nb/høring", false), RequestPath.parse("/nb/høring"));
  }

  @Test
  void refusesTricks() {
    for (String raw :
        new String[] {
          "",
          "nb/",
          "/..",
          "/nb/../x",
          "/%2e%2e/x",
          "/%2E./x",
          "/./x",
          "/a%2fb",
          "/a%2Fb",
          "/a%5cb",
          "/a\\b",
          "/a%00b",
          "/a%0ab",
          "//x",
          "/a//b",
          "/%ff",
          "/%c0%ae%c0%ae/",
          "/%",
          "/%4",
          "/%zz"
        }) {
      assertInstanceOf(RequestPath.Bad.class, RequestPath.parse(raw), raw);
    }
  }

  @Test
  void hidesDotfilesAnywhereInThePath() {
    for (String raw :
        new String[] {"/.env", "/.git/config", "/nb/.secret", "/%2eenv", "/a/.b/c/"}) {
      assertInstanceOf(RequestPath.Hidden.class, RequestPath.parse(raw), raw);
    }
  }
}
