package no.planvev.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import no.planvev.diag.SourcePos;
import org.junit.jupiter.api.Test;

/** {@link Hearing#phase} at each boundary of a hearing's life. */
class HearingPhaseTest {

  static final LocalDate OPENS = LocalDate.of(2026, 11, 2);
  static final LocalDate DEADLINE = LocalDate.of(2027, 1, 29);

  static Hearing hearing(
      HearingStatus status, LocalDate opens, Adoption statement, Hearing.Outcome outcome) {
    return new Hearing(
        "h",
        null,
        SourcePos.file("hearings/h.nb.md"),
        LText.of("nb", "H"),
        null,
        null,
        LocalDate.of(2026, 10, 1),
        new Deadline.Day(DEADLINE),
        status,
        null,
        statement,
        List.of(),
        List.of(),
        LText.EMPTY,
        opens,
        null,
        outcome,
        null,
        null);
  }

  static Hearing open() {
    return hearing(HearingStatus.OPEN, OPENS, null, null);
  }

  @Test
  void isUpcomingBeforeItOpensAndOpenOnTheDayItOpens() {
    assertEquals(HearingPhase.UPCOMING, open().phase(OPENS.minusDays(1)));
    assertEquals(HearingPhase.OPEN, open().phase(OPENS));
    assertEquals(88L, open().daysLeft(OPENS));
  }

  @Test
  void withoutOpensItIsOpenUpToTheDeadline() {
    Hearing h = hearing(HearingStatus.OPEN, null, null, null);
    assertEquals(HearingPhase.OPEN, h.phase(LocalDate.of(2000, 1, 1)));
  }

  @Test
  void theDeadlineDayIsStillOpenWithZeroDaysLeft() {
    assertEquals(HearingPhase.OPEN, open().phase(DEADLINE));
    assertEquals(0L, open().daysLeft(DEADLINE));
    assertEquals(1L, open().daysLeft(DEADLINE.minusDays(1)));
    assertEquals(12L, open().daysLeft(DEADLINE.minusDays(12)));
  }

  @Test
  void theDayAfterTheDeadlineItAwaitsOurStatement() {
    assertEquals(HearingPhase.CLOSED_AWAITING, open().phase(DEADLINE.plusDays(1)));
    assertNull(open().daysLeft(DEADLINE.plusDays(1)));
  }

  @Test
  void aWeekDeadlineIsOpenToTheWeeksLastDay() throws Exception {
    Hearing h =
        new Hearing(
            "h",
            null,
            SourcePos.file("h"),
            LText.of("nb", "H"),
            null,
            null,
            LocalDate.of(2019, 1, 1),
            Deadlines.parse("2019-W10"),
            HearingStatus.OPEN,
            null,
            null,
            List.of(),
            List.of(),
            LText.EMPTY,
            null,
            null,
            null,
            null,
            null);
    assertEquals(HearingPhase.OPEN, h.phase(LocalDate.of(2019, 3, 10)));
    assertEquals(HearingPhase.CLOSED_AWAITING, h.phase(LocalDate.of(2019, 3, 11)));
  }

  @Test
  void answeredCountsFromTheDayOurStatementWasAdopted() {
    LocalDate adopted = DEADLINE.minusDays(5);
    Hearing h = hearing(HearingStatus.ANSWERED, OPENS, new Adoption(adopted, null), null);
    assertEquals(HearingPhase.OPEN, h.phase(adopted.minusDays(1)));
    assertEquals(HearingPhase.ANSWERED, h.phase(adopted));
    assertEquals(HearingPhase.ANSWERED, h.phase(DEADLINE.plusDays(400)));
  }

  @Test
  void answeredWithoutAStatementDateIsAnsweredAtOnce() {
    Hearing h = hearing(HearingStatus.ANSWERED, OPENS, null, null);
    assertEquals(HearingPhase.ANSWERED, h.phase(OPENS));
  }

  @Test
  void notAnsweredShowsOnceTheDeadlinePassedAndTheHearingStaysOpenToOthersUntilThen() {
    Hearing h = hearing(HearingStatus.NOT_ANSWERED, OPENS, null, null);
    assertEquals(HearingPhase.UPCOMING, h.phase(OPENS.minusDays(1)));
    assertEquals(HearingPhase.OPEN, h.phase(DEADLINE));
    assertEquals(HearingPhase.NOT_ANSWERED, h.phase(DEADLINE.plusDays(1)));
  }

  @Test
  void theOutcomeConcludesFromItsDate() {
    LocalDate decided = DEADLINE.plusDays(60);
    Hearing h =
        hearing(
            HearingStatus.ANSWERED,
            OPENS,
            new Adoption(DEADLINE, null),
            new Hearing.Outcome(decided, LText.of("nb", "Vedtatt"), null));
    assertEquals(HearingPhase.ANSWERED, h.phase(decided.minusDays(1)));
    assertEquals(HearingPhase.CONCLUDED, h.phase(decided));
  }

  @Test
  void statusClosedIsConcludedWhateverTheDate() {
    Hearing h = hearing(HearingStatus.CLOSED, OPENS, null, null);
    assertEquals(HearingPhase.CONCLUDED, h.phase(OPENS.minusDays(10)));
    assertEquals(HearingPhase.CONCLUDED, h.phase(DEADLINE.plusDays(1)));
  }

  @Test
  void respondLinksToTheFormOrWritesAnEmail() {
    assertEquals("https://example.no/f", new Hearing.Respond("https://example.no/f", null).href());
    assertEquals("mailto:post@example.no", new Hearing.Respond(null, "post@example.no").href());
  }

  @Test
  void documentTypeComesFromTheExtension() {
    assertEquals("PDF", Document.typeOf("assets/uttalelse.pdf"));
    assertEquals("DOCX", Document.typeOf("https://example.no/a/b.docx?x=1#s"));
    assertNull(Document.typeOf("https://example.no/horing"));
    assertNull(Document.typeOf("https://example.no/side.html"));
    assertNull(Document.typeOf("assets/.hidden"));
  }
}
