package no.planvev.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.Project;
import org.junit.jupiter.api.Test;

class LocatedActivityTest {

  @Test
  void listsActivitiesInDocumentOrderWithTheirParents() {
    List<LocatedActivity> all = LocatedActivity.of(TestContent.project(), "nb");
    assertEquals(TestContent.project().allActivities(), all.stream().map(LocatedActivity::activity).toList());
    assertNull(all.get(0).initiative());
    assertEquals("kompetanse", all.get(0).idPath());
    assertEquals("kompetanse/kompetanseheving/effektiv-soknadsprosess", all.get(2).idPath());
  }

  @Test
  void sameTitleUnderTheSameParentGetsANumberedKey() {
    Project p = TestContent.project();
    Activity a = new Activity(p.pos(), TestContent.nb("Møte"), TestContent.nb("X"),
        TestContent.d("2018-01-01"), null, ActivityStatus.PLANNED, null, List.of());
    Project twice = new Project(p.id(), p.slug(), p.pos(), p.title(), p.owner(), p.manager(),
        p.period(), p.phase(), p.status(), p.supports(), p.summary(), List.of(), List.of(a, a),
        p.intro());
    List<LocatedActivity> all = LocatedActivity.of(twice, "nb");
    assertEquals(all.get(0).key() + "-2", all.get(1).key());
  }

  @Test
  void keyDependsOnDefaultLanguageTitleAndPlaceNotOnOtherLanguages() {
    String nbKey = LocatedActivity.of(TestContent.project(), "nb").get(0).key();
    String enKey = LocatedActivity.of(TestContent.project(), "en").get(0).key();
    assertNotEquals(nbKey, enKey);
    assertEquals(16, nbKey.length());
  }
}
