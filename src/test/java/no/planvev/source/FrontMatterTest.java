package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void splitsYamlFromBody() {
    FrontMatter fm = FrontMatter.split("---\ntitle: x\n---\nBody\n");
    assertEquals("title: x\n", fm.yaml());
    assertEquals(1, fm.yamlLineOffset());
    assertEquals("Body\n", fm.body());
  }

  @Test
  void takesAFileWithoutFrontMatterAsBody() {
    FrontMatter fm = FrontMatter.split("# Heading\n---\n");
    assertNull(fm.yaml());
    assertEquals("# Heading\n---\n", fm.body());
  }

  @Test
  void acceptsAnEmptyBlock() {
    assertEquals("", FrontMatter.split("---\n---\nText").yaml());
  }

  @Test
  void returnsNullForAnUnclosedBlock() {
    assertNull(FrontMatter.split("---\ntitle: x\nText\n"));
  }

  @Test
  void suggestsTheNearestKey() {
    assertEquals(
        "deadline",
        no.planvev.diag.Suggest.nearest(
            "deadlien", java.util.List.of("title", "deadline", "start")));
    assertNull(no.planvev.diag.Suggest.nearest("zzzzzzzz", java.util.List.of("title", "deadline")));
  }
}
