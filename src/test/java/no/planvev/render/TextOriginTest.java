package no.planvev.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.FocusArea;
import no.planvev.model.Page;
import no.planvev.model.Plan;
import no.planvev.source.ContentLoader;
import org.junit.jupiter.api.Test;

/** A text that fails to render is traced back to the file, field and language it came from. */
class TextOriginTest {

  final Content content = ContentLoader.load(Path.of("content"), new Problems());

  @Test
  void findsAFocusAreaGoalAtTheAreaInPlanYaml() {
    Plan plan = content.plans().get(0);
    FocusArea area = plan.focusAreas().get(1);
    String goal = area.goal().get("en").orElseThrow();
    TextOrigin.Found f = TextOrigin.find(content, goal);
    assertEquals(new TextOrigin.Found(area.pos(), "goal", "en"), f);
    assertTrue(f.pos().path().endsWith("plan.yaml"), f.toString());
  }

  @Test
  void findsAPageBodyAtThePageFile() {
    Page page = content.pages().get(0);
    String body = page.body().all().get("nb").orElseThrow();
    assertEquals(new TextOrigin.Found(page.pos(), "body", "nb"), TextOrigin.find(content, body));
  }

  @Test
  void findsAPlanIntroAtThePlanWithItsFieldName() {
    Plan plan = content.plans().get(0);
    assertEquals(
        new TextOrigin.Found(plan.pos(), "intro", "nb"),
        TextOrigin.find(content, plan.intro().get("nb").orElseThrow()));
  }

  @Test
  void aTextNotInTheContentIsNotFound() {
    assertNull(TextOrigin.find(content, "nowhere in the content"));
  }
}
