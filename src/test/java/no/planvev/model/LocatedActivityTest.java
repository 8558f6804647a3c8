package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import no.planvev.output.TestContent;
import org.junit.jupiter.api.Test;

class LocatedActivityTest {

  @Test
  void listsActivitiesInDocumentOrderWithTheirParents() {
    List<LocatedActivity> all = LocatedActivity.of(TestContent.project());
    assertEquals(
        TestContent.project().allActivities(),
        all.stream().map(LocatedActivity::activity).toList());
    assertNull(all.get(0).initiative());
    assertEquals("kompetanse", all.get(0).idPath());
    assertEquals("kompetanse/kompetanseheving/effektiv-soknadsprosess", all.get(2).idPath());
  }

  @Test
  void keyIsTheProjectIdAndTheActivityId() {
    for (LocatedActivity la : LocatedActivity.of(TestContent.project())) {
      assertEquals("kompetanse/" + la.activity().id(), la.key());
    }
  }
}
