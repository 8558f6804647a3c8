package no.planvev.output.ics;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.Hearing;
import no.planvev.model.Project;
import no.planvev.model.Publisher;
import no.planvev.model.Urls;
import no.planvev.model.LocatedActivity;
import no.planvev.output.OutputFile;
import no.planvev.output.Words;

/**
 * Writes the iCalendar files of one site: per language {@code <lang>/calendar/deadlines.ics}
 * (every activity of every project and every hearing deadline), {@code
 * <lang>/calendar/<project-id>.ics} per project and {@code <lang>/calendar/hearings.ics}.
 *
 * <p>Every event is all-day: a deadline that is one day (a date, or free text sorted by a date)
 * is an event on that day; a week, month, quarter, year or interval spans its first to its last
 * day (DTEND is exclusive, so the day after). UIDs are stable across builds: an activity's comes
 * from its project's id and its own id (never from its title, so a renamed activity stays the same
 * event in every subscriber's calendar), a hearing's from its id; both end in {@code @<host of base_url>}. A calendar without events is
 * still written, so links to it never break: RFC 5545 wants at least one component, so it then
 * holds a minimal UTC VTIMEZONE and no VEVENT. An activity's optional {@code
 * start} is not used: these are calendars of deadlines.
 *
 * <p>A project whose id is {@code deadlines} or {@code hearings} would share a path with the
 * site-wide calendars; the content loader rejects those ids (see {@code source.Names}).
 */
public final class IcsWriter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  static final String PRODID = "-//planvev//planvev static site generator//EN";

  private IcsWriter() {}

  /** The path of the calendar with every deadline in {@code lang}. */
  public static String deadlinesPath(String lang) {
    return lang + "/calendar/deadlines.ics";
  }

  /** The path of one project's calendar in {@code lang}. */
  public static String projectPath(Project project, String lang) {
    return lang + "/calendar/" + project.id() + ".ics";
  }

  /** The path of the hearings calendar in {@code lang}. */
  public static String hearingsPath(String lang) {
    return lang + "/calendar/hearings.ics";
  }

  /** All calendars of the site, in every language, in a stable order. */
  public static List<OutputFile> write(Content content, Urls urls, LocalDate buildDate) {
    String def = content.site().defaultLanguage();
    String host = host(content.site().baseUrl());
    String stamp = buildDate.format(DATE) + "T000000Z";
    Publisher pub = content.site().publisher();
    List<OutputFile> files = new ArrayList<>();
    for (String lang : content.site().languageCodes()) {
      String siteTitle = Words.text(content.site().title(), lang, def);
      String organizer = organizer(pub, content.site().baseUrl(), lang, def);
      List<Event> all = new ArrayList<>();
      for (Project p : content.projects()) {
        List<Event> events = new ArrayList<>();
        for (LocatedActivity la : LocatedActivity.of(p)) {
          events.add(activityEvent(la, urls, lang, def, host));
        }
        all.addAll(events);
        String name = Words.text(p.title(), lang, def) + " – " + Words.word("deadlines", lang);
        files.add(OutputFile.utf8(projectPath(p, lang), calendar(name, organizer, stamp, events)));
      }
      List<Event> hearings = new ArrayList<>();
      for (Hearing h : content.hearings()) hearings.add(hearingEvent(h, urls, lang, def, host));
      all.addAll(hearings);
      files.add(OutputFile.utf8(deadlinesPath(lang),
          calendar(siteTitle + " – " + Words.word("deadlines", lang), organizer, stamp, all)));
      files.add(OutputFile.utf8(hearingsPath(lang),
          calendar(siteTitle + " – " + Words.word("hearings", lang), organizer, stamp, hearings)));
    }
    return List.copyOf(files);
  }

  /** One VEVENT's data; dates are inclusive, DTEND is written as {@code last + 1}. */
  record Event(String uid, LocalDate first, LocalDate last, String summary, String description,
      String url, boolean cancelled) {}

  static Event activityEvent(LocatedActivity la, Urls urls, String lang, String def,
      String host) {
    Activity a = la.activity();
    Project p = la.project();
    StringBuilder d = new StringBuilder();
    d.append(Words.word("project", lang)).append(": ").append(Words.text(p.title(), lang, def));
    String resp = Words.text(a.responsible(), lang, def);
    if (!resp.isEmpty()) d.append('\n').append(Words.word("responsible", lang)).append(": ").append(resp);
    d.append('\n').append(Words.word("status", lang)).append(": ")
        .append(Words.word(a.status().key(), lang));
    d.append('\n').append(Words.word("deadline", lang)).append(": ")
        .append(deadlineText(a.deadline(), lang, def));
    String note = Words.text(a.note(), lang, def);
    if (!note.isEmpty()) d.append("\n\n").append(note);
    Deadline dl = a.deadline();
    return new Event("activity-" + p.id() + "-" + a.id() + "@" + host,
        first(dl), dl.due(), Words.text(a.title(), lang, def), d.toString(),
        urls.absolute(urls.project(p, lang)), a.status() == ActivityStatus.CANCELLED);
  }

  static Event hearingEvent(Hearing h, Urls urls, String lang, String def, String host) {
    StringBuilder d = new StringBuilder();
    String issuer = Words.text(h.issuer(), lang, def);
    if (!issuer.isEmpty()) d.append(Words.word("issuer", lang)).append(": ").append(issuer).append('\n');
    if (h.reference() != null) d.append(h.reference()).append('\n');
    d.append(Words.word("status", lang)).append(": ").append(Words.word(h.status().key(), lang));
    d.append('\n').append(Words.word("deadline", lang)).append(": ")
        .append(deadlineText(h.deadline(), lang, def));
    return new Event("hearing-" + h.id() + "@" + host, first(h.deadline()), h.deadline().due(),
        Words.word("hearing_deadline", lang) + ": " + Words.text(h.title(), lang, def),
        d.toString(), urls.absolute(urls.hearing(h, lang)), false);
  }

  /** A single day is an event on its due day; any longer span starts on its first day. */
  private static LocalDate first(Deadline d) {
    return d.start().equals(d.due()) ? d.due() : d.start();
  }

  private static String deadlineText(Deadline d, String lang, String def) {
    return d instanceof Deadline.Text t ? Words.text(t.text(), lang, def) : d.iso();
  }

  static String calendar(String name, String organizer, String stamp, List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(Event::first).thenComparing(Event::last)
        .thenComparing(Event::uid));
    StringBuilder sb = new StringBuilder();
    line(sb, "BEGIN:VCALENDAR");
    line(sb, "VERSION:2.0");
    line(sb, "PRODID:" + PRODID);
    line(sb, "CALSCALE:GREGORIAN");
    line(sb, "METHOD:PUBLISH");
    line(sb, "X-WR-CALNAME:" + IcsText.escape(name));
    if (sorted.isEmpty()) {
      // "icalbody = calprops component" needs one component; an unused UTC zone is the
      // harmless one.
      line(sb, "BEGIN:VTIMEZONE");
      line(sb, "TZID:UTC");
      line(sb, "BEGIN:STANDARD");
      line(sb, "DTSTART:19700101T000000");
      line(sb, "TZOFFSETFROM:+0000");
      line(sb, "TZOFFSETTO:+0000");
      line(sb, "END:STANDARD");
      line(sb, "END:VTIMEZONE");
    }
    for (Event e : sorted) {
      line(sb, "BEGIN:VEVENT");
      line(sb, "UID:" + IcsText.escape(e.uid()));
      line(sb, "DTSTAMP:" + stamp);
      line(sb, organizer);
      line(sb, "DTSTART;VALUE=DATE:" + e.first().format(DATE));
      line(sb, "DTEND;VALUE=DATE:" + e.last().plusDays(1).format(DATE));
      line(sb, "SUMMARY:" + IcsText.escape(e.summary()));
      line(sb, "DESCRIPTION:" + IcsText.escape(e.description()));
      line(sb, "URL;VALUE=URI:" + e.url());
      if (e.cancelled()) line(sb, "STATUS:CANCELLED");
      line(sb, "TRANSP:TRANSPARENT");
      line(sb, "END:VEVENT");
    }
    line(sb, "END:VCALENDAR");
    return sb.toString();
  }

  private static void line(StringBuilder sb, String contentLine) {
    sb.append(IcsText.fold(contentLine));
  }

  /**
   * The ORGANIZER line: RFC 5546 requires one on every published event. The publisher's e-mail
   * when there is one, else its web address, else the site's.
   */
  static String organizer(Publisher pub, String baseUrl, String lang, String def) {
    String address = baseUrl;
    String name = "";
    if (pub != null) {
      name = Words.text(pub.name(), lang, def);
      if (pub.email() != null && !pub.email().isBlank()) address = "mailto:" + pub.email().strip();
      else if (pub.url() != null && !pub.url().isBlank()) address = pub.url().strip();
    }
    // A parameter value may hold no double quote and no control character.
    String cn = name.replaceAll("[\\p{Cntrl}\"]", "");
    return "ORGANIZER" + (cn.isEmpty() ? "" : ";CN=\"" + cn + "\"") + ":" + address;
  }

  static String host(String baseUrl) {
    try {
      String h = URI.create(baseUrl).getHost();
      return h == null || h.isEmpty() ? "planvev.invalid" : h;
    } catch (IllegalArgumentException e) {
      return "planvev.invalid";
    }
  }
}
