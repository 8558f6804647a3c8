package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import org.junit.jupiter.api.Test;

class DemoCheckTest {

  @Test
  void demoSiteHasNoProblemsAndAllLinksResolve() throws Exception {
    Problems p = Pipeline.check(Path.of("content"), LocalDate.of(2026, 11, 23));
    assertEquals(List.of(), p.all().stream().map(Problem::toString).toList());
  }
}
