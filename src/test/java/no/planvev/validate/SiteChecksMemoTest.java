package no.planvev.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.planvev.TestFiles;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.diag.Severity;
import no.planvev.model.Content;
import no.planvev.source.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks kept between preview builds find exactly what checks from scratch find. */
class SiteChecksMemoTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path tmp;

  private final ContentLoader.Cache cache = new ContentLoader.Cache();
  private final SiteChecks.Memo memo = new SiteChecks.Memo();

  private List<Problem> kept(Path content, Set<Path> changed) {
    Problems p = new Problems();
    Content c = ContentLoader.load(content, p, cache, changed);
    SiteChecks.check(c, content, TODAY, p, memo);
    return p.all();
  }

  private static List<Problem> fresh(Path content) {
    Problems p = new Problems();
    Content c = ContentLoader.load(content, p);
    SiteChecks.check(c, content, TODAY, p);
    return p.all();
  }

  private static long count(List<Problem> problems, String text) {
    return problems.stream().filter(p -> p.toString().contains(text)).count();
  }

  @Test
  void aSequenceOfEditsGivesTheProblemsOfAFreshCheckEachTime() throws IOException {
    Path content = tmp.resolve("content");
    TestFiles.copyTree(Path.of("content"), content);
    assertEquals(fresh(content), kept(content, null));

    // A missing translation appears, then goes.
    Path en = content.resolve("pages/om.en.md");
    String enText = Files.readString(en);
    Files.delete(en);
    List<Problem> missing = kept(content, Set.of(en));
    assertEquals(fresh(content), missing);
    assertTrue(count(missing, "om.en.md") > 0, missing.toString());
    Files.writeString(en, enText);
    assertEquals(fresh(content), kept(content, Set.of(en)));

    // Two pages claim one path (a slug clash), then no longer.
    Path clash = content.resolve("pages/kopi.nb.md");
    Files.writeString(clash, "---\ntitle: Kopi\nslug: om\n---\nTekst.\n");
    List<Problem> clashing = kept(content, Set.of(clash));
    assertEquals(fresh(content), clashing);
    assertTrue(
        clashing.stream().anyMatch(p -> p.severity() == Severity.ERROR), clashing.toString());
    Files.delete(clash);
    List<Problem> after = kept(content, Set.of(clash));
    assertEquals(fresh(content), after);
    assertTrue(after.stream().noneMatch(p -> p.severity() == Severity.ERROR), after.toString());
  }

  @Test
  void anotherDateChecksEverythingAgain() throws IOException {
    Path content = tmp.resolve("content");
    TestFiles.copyTree(Path.of("content"), content);
    kept(content, null);
    Problems p = new Problems();
    Content c = ContentLoader.load(content, p, cache, Set.of());
    SiteChecks.check(c, content, LocalDate.of(2030, 1, 1), p, memo);
    Problems q = new Problems();
    SiteChecks.check(ContentLoader.load(content, q), content, LocalDate.of(2030, 1, 1), q);
    assertEquals(q.all(), p.all());
    assertTrue(count(p.all(), "2027-01-29") > 0, "the open hearing is past its deadline in 2030");
  }
}
