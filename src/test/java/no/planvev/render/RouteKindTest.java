package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import org.junit.jupiter.api.Test;

/** Every page job says what kind of page it is; the build decides by that, not by names. */
class RouteKindTest {

  @Test
  void eachJobHasTheKindItsPathShows() {
    Content content = TestSites.site();
    List<SiteRenderer.PageJob> jobs =
        new SiteRenderer(TestSites.THEME, TestSites.ui(), new Problems())
            .pages(content, TestSites.TODAY);
    int embeds = 0;
    for (SiteRenderer.PageJob job : jobs) {
      RouteKind want =
          job.path().startsWith("embed/")
              ? RouteKind.EMBED
              : job.path().equals("index.html")
                  ? RouteKind.ROOT
                  : job.path().endsWith("404.html") ? RouteKind.NOT_FOUND : RouteKind.PAGE;
      assertEquals(want, job.kind(), job.path());
      if (job.kind() == RouteKind.EMBED) embeds++;
    }
    assertNotEquals(0, embeds);
  }
}
