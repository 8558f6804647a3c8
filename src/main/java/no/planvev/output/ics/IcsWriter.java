package no.planvev.output.ics;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.planvev.model.Activity;
import no.planvev.model.ActivityStatus;
import no.planvev.model.AreaRef;
import no.planvev.model.Content;
import no.planvev.model.Deadline;
import no.planvev.model.FocusArea;
import no.planvev.model.Hearing;
import no.planvev.model.LocatedActivity;
import no.planvev.model.Plan;
import no.planvev.model.Project;
import no.planvev.model.Publisher;
import no.planvev.model.Urls;
import no.planvev.output.Facts;
import no.planvev.output.OutputFile;
import no.planvev.words.Words;

/**
 * Writes the iCalendar files of one site: per language {@code <lang>/calendar/deadlines.ics} (every
 * activity of every project and every hearing deadline), {@code <lang>/calendar/<project-id>.ics}
 * per project and {@code <lang>/calendar/hearings.ics}.
 *
 * <p>Per focus area, {@code <lang>/calendar/areas/<plan-id>/<area-id>.ics} holds the activities of
 * the projects that support the area and the hearings on it.
 *
 * <p>Every event is one all-day event on the deadline's last day (DTEND is exclusive, so the day
 * after): a week, month, quarter, year or interval is due on its last day, and a calendar should
 * remind of that day, not show a banner across two months. Such a fuzzy deadline says what it was
 * in the summary ("Etablere ressursgruppe (uke 50 2017)") and in the description. Calendars tell
 * subscribing apps to fetch them again twice a day ({@code REFRESH-INTERVAL}, RFC 7986, and {@code
 * X-PUBLISHED-TTL} for Outlook and older apps). UIDs are stable across builds: an activity's comes
 * from its project's id and its own id (never from its title, so a renamed activity stays the same
 * event in every subscriber's calendar), a hearing's from its id; both end in {@code @<host of
 * base_url>}. A calendar without events is still written, so links to it never break: RFC 5545
 * wants at least one component, so it then holds a minimal UTC VTIMEZONE and no VEVENT. An
 * activity's optional {@code start} is not used: these are calendars of deadlines.
 *
 * <p>A project whose id is {@code deadlines} or {@code hearings} would share a path with the
 * site-wide calendars; the content loader rejects those ids (see {@code source.Names}).
 */
public final class IcsWriter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  static final String PRODID = "-//planvev//planvev static site generator//EN";

  /** How often subscribing calendar apps should fetch a calendar again. */
  static final String REFRESH = "PT12H";

  private IcsWriter() {}

  /**
   * All calendars of the site, in every language, in a stable order; labels and deadlines said as
   * the pages say them ({@code words}).
   */
  public static List<OutputFile> write(
      Content content, Urls urls, LocalDate buildDate, Words words) {
    String def = content.site().defaultLanguage();
    String host = host(content.site().baseUrl());
    String stamp = buildDate.format(DATE) + "T000000Z";
    Publisher pub = content.site().publisher();
    List<OutputFile> files = new ArrayList<>();
    for (String lang : content.site().languageCodes()) {
      String siteTitle = Words.text(content.site().title(), lang, def);
      String organizer = organizer(pub, content.site().baseUrl(), lang, def);
      List<Event> all = new ArrayList<>();
      java.util.Map<Project, List<Event>> byProject = new java.util.LinkedHashMap<>();
      for (Project p : content.projects()) {
        List<Event> events = new ArrayList<>();
        for (LocatedActivity la : LocatedActivity.of(p)) {
          events.add(activityEvent(la, urls, lang, def, host, words));
        }
        byProject.put(p, events);
        all.addAll(events);
        String name = Words.text(p.title(), lang, def) + " – " + words.word("feed.deadlines", lang);
        files.add(
            OutputFile.utf8(
                Urls.projectCalendar(p, lang), calendar(name, organizer, stamp, events)));
      }
      List<Event> hearings = new ArrayList<>();
      java.util.Map<Hearing, Event> byHearing = new java.util.LinkedHashMap<>();
      for (Hearing h : content.hearings()) {
        Event e = hearingEvent(h, urls, lang, def, host, words);
        hearings.add(e);
        byHearing.put(h, e);
      }
      all.addAll(hearings);
      for (Plan plan : content.plans()) {
        for (FocusArea area : plan.focusAreas()) {
          List<Event> events = new ArrayList<>();
          byProject.forEach(
              (p, ev) -> {
                if (refers(p.supports(), plan, area)) events.addAll(ev);
              });
          byHearing.forEach(
              (h, ev) -> {
                if (refers(h.topics(), plan, area)) events.add(ev);
              });
          String name =
              Words.text(area.title(), lang, def) + " – " + words.word("feed.deadlines", lang);
          files.add(
              OutputFile.utf8(
                  Urls.areaCalendar(plan, area, lang), calendar(name, organizer, stamp, events)));
        }
      }
      files.add(
          OutputFile.utf8(
              Urls.deadlinesCalendar(lang),
              calendar(
                  siteTitle + " – " + words.word("feed.deadlines", lang), organizer, stamp, all)));
      files.add(
          OutputFile.utf8(
              Urls.hearingsCalendar(lang),
              calendar(
                  siteTitle + " – " + words.word("hearings.title", lang),
                  organizer,
                  stamp,
                  hearings)));
    }
    return List.copyOf(files);
  }

  /** One VEVENT's data; dates are inclusive, DTEND is written as {@code last + 1}. */
  record Event(
      String uid,
      LocalDate first,
      LocalDate last,
      String summary,
      String description,
      String url,
      boolean cancelled) {}

  private static boolean refers(List<AreaRef> refs, Plan plan, FocusArea area) {
    return refs.stream()
        .anyMatch(r -> r.planId().equals(plan.id()) && r.areaId().equals(area.id()));
  }

  static Event activityEvent(
      LocatedActivity la, Urls urls, String lang, String def, String host, Words words) {
    Activity a = la.activity();
    Project p = la.project();
    String d =
        new Facts(words, lang)
            .add("activity.project", Words.text(p.title(), lang, def))
            .addIfAny("activity.responsible", Words.text(a.responsible(), lang, def))
            .add("activity.status", words.word("feed.status." + a.status().key(), lang))
            .add("activity.deadline", deadlineText(a.deadline(), lang, def, words))
            .lines();
    String note = Words.text(a.note(), lang, def);
    if (!note.isEmpty()) d += "\n\n" + note;
    Deadline dl = a.deadline();
    return new Event(
        "activity-" + p.id() + "-" + a.id() + "@" + host,
        dl.due(),
        dl.due(),
        Words.text(a.title(), lang, def) + fuzzy(dl, lang, def, words),
        d,
        urls.absolute(urls.project(p, lang)),
        a.status() == ActivityStatus.CANCELLED);
  }

  static Event hearingEvent(
      Hearing h, Urls urls, String lang, String def, String host, Words words) {
    Facts d = new Facts(words, lang).addIfAny("feed.issuer", Words.text(h.issuer(), lang, def));
    if (h.reference() != null) d.text(h.reference());
    d.add("activity.status", words.word("feed.status." + h.status().key(), lang))
        .add("activity.deadline", deadlineText(h.deadline(), lang, def, words));
    return new Event(
        "hearing-" + h.id() + "@" + host,
        h.deadline().due(),
        h.deadline().due(),
        words.word("feed.hearingDeadline", lang)
            + ": "
            + Words.text(h.title(), lang, def)
            + fuzzy(h.deadline(), lang, def, words),
        d.lines(),
        urls.absolute(urls.hearing(h, lang)),
        false);
  }

  /** " (uke 50 2017)" for a deadline longer than a day or written as free text; else "". */
  private static String fuzzy(Deadline d, String lang, String def, Words words) {
    if (d instanceof Deadline.Day) return "";
    return " (" + deadlineText(d, lang, def, words) + ")";
  }

  private static String deadlineText(Deadline d, String lang, String def, Words words) {
    return words.deadline(d, lang, def);
  }

  static String calendar(String name, String organizer, String stamp, List<Event> events) {
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(
        Comparator.comparing(Event::first).thenComparing(Event::last).thenComparing(Event::uid));
    StringBuilder sb = new StringBuilder();
    line(sb, "BEGIN:VCALENDAR");
    line(sb, "VERSION:2.0");
    line(sb, "PRODID:" + PRODID);
    line(sb, "CALSCALE:GREGORIAN");
    line(sb, "METHOD:PUBLISH");
    line(sb, "X-WR-CALNAME:" + IcsText.escape(name));
    line(sb, "REFRESH-INTERVAL;VALUE=DURATION:" + REFRESH);
    line(sb, "X-PUBLISHED-TTL:" + REFRESH);
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
   * The ORGANIZER line: RFC 5546 requires one on every published event. The publisher's e-mail when
   * there is one, else its web address, else the site's.
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
