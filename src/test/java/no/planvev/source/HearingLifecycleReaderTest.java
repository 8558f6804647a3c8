package no.planvev.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.Problem;
import no.planvev.diag.Problems;
import no.planvev.model.Content;
import no.planvev.model.Document;
import no.planvev.model.Hearing;
import no.planvev.model.HearingPhase;
import no.planvev.model.HearingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hearing lifecycle keys and document facts as {@code ContentLoader} reads them. */
class HearingLifecycleReaderTest {

  @TempDir Path dir;
  final Problems problems = new Problems();

  void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  Content load() throws IOException {
    write("site.yaml", ContentLoaderTest.SITE);
    write("plans/strategisk-plan/plan.yaml", ContentLoaderTest.PLAN);
    return ContentLoader.load(dir, problems);
  }

  List<String> messages() {
    return problems.all().stream().map(Problem::toString).toList();
  }

  @Test
  void readsOpensOutcomeRespondAndReasonWithTheirTranslations() throws IOException {
    write(
        "hearings/h.nb.md",
        """
        ---
        title: Høring
        issuer: Departementet
        published: 2026-10-01
        opens: 2026-11-02
        deadline: 2027-01-29
        status: not_answered
        reason: Kommunene svarte selv.
        outcome:
          date: 2027-03-01
          text: Vedtatt.
          url: https://example.no/vedtak
        respond: {email: post@example.no}
        ---
        """);
    write(
        "hearings/h.en.md",
        """
        ---
        title: Hearing
        reason: The municipalities answered themselves.
        outcome: {text: Adopted.}
        ---
        """);
    Content c = load();
    assertEquals(List.of(), messages());
    Hearing h = c.hearings().get(0);
    assertEquals(LocalDate.of(2026, 11, 2), h.opens());
    assertEquals(HearingStatus.NOT_ANSWERED, h.status());
    assertEquals("The municipalities answered themselves.", h.reason().get("en").orElseThrow());
    assertEquals("Kommunene svarte selv.", h.reason().get("nb").orElseThrow());
    assertEquals(LocalDate.of(2027, 3, 1), h.outcome().date());
    assertEquals("Adopted.", h.outcome().text().get("en").orElseThrow());
    assertEquals("https://example.no/vedtak", h.outcome().url());
    assertEquals(new Hearing.Respond(null, "post@example.no"), h.respond());
    assertEquals(HearingPhase.UPCOMING, h.phase(LocalDate.of(2026, 11, 1)));
    assertEquals(HearingPhase.OPEN, h.phase(LocalDate.of(2027, 1, 29)));
    assertEquals(HearingPhase.NOT_ANSWERED, h.phase(LocalDate.of(2027, 1, 30)));
    assertEquals(HearingPhase.CONCLUDED, h.phase(LocalDate.of(2027, 3, 1)));
  }

  @Test
  void aTranslationMayNotMoveTheOutcomesDate() throws IOException {
    write(
        "hearings/h.nb.md",
        """
        ---
        title: Høring
        issuer: Departementet
        published: 2017-10-01
        deadline: 2018-01-15
        status: answered
        outcome: {date: 2018-06-01, text: Vedtatt.}
        ---
        """);
    write(
        "hearings/h.en.md",
        """
        ---
        title: Hearing
        outcome: {date: 2018-06-02, text: Adopted.}
        ---
        """);
    load();
    assertEquals(1, messages().size(), messages().toString());
    assertEquals(true, messages().get(0).startsWith("hearings/h.en.md:3:10:"), messages().get(0));
  }

  @Test
  void documentsCarryTypeAndSizeFromTheFileOrTheirKeys() throws IOException {
    write("assets/uttalelse.pdf", "x".repeat(2345));
    write(
        "hearings/h.nb.md",
        """
        ---
        title: Høring
        issuer: Departementet
        published: 2017-10-01
        deadline: 2018-01-15
        status: answered
        documents:
          - {title: Uttalelse, href: assets/uttalelse.pdf}
          - {title: Notat, href: https://example.no/notat.pdf, size: 1.2 MB}
          - {title: Kart, href: https://example.no/kart, type: zip, size: 250880}
          - {title: Side, href: https://example.no/side}
        ---
        """);
    Content c = load();
    assertEquals(List.of(), messages());
    List<Document> d = c.hearings().get(0).documents();
    assertEquals("PDF", d.get(0).type());
    assertEquals(2345L, d.get(0).size());
    assertEquals("PDF", d.get(1).type());
    assertEquals(1_200_000L, d.get(1).size());
    assertEquals("ZIP", d.get(2).type());
    assertEquals(250_880L, d.get(2).size());
    assertNull(d.get(3).type());
    assertNull(d.get(3).size());
  }

  @Test
  void sizesAreReadInDecimalUnits() {
    assertEquals(245_000L, HearingLifecycleReader.bytes("245 kB"));
    assertEquals(1_200_000L, HearingLifecycleReader.bytes("1,2 MB"));
    assertEquals(3L, HearingLifecycleReader.bytes("3 B"));
    assertEquals(2_000_000_000L, HearingLifecycleReader.bytes("2GB"));
    assertNull(HearingLifecycleReader.bytes("stor"));
    assertNull(HearingLifecycleReader.bytes("12 MiB"));
  }
}
