package no.planvev.output.atom;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.planvev.model.Activity;
import no.planvev.model.Content;
import no.planvev.model.Hearing;
import no.planvev.model.LocatedActivity;
import no.planvev.model.Project;
import no.planvev.model.Publisher;
import no.planvev.model.Urls;
import no.planvev.output.Facts;
import no.planvev.output.OutputFile;
import no.planvev.words.Words;

/**
 * Writes the Atom feeds of one site: per language {@code <lang>/feeds/hearings.atom}, {@code
 * <lang>/feeds/activities.atom} and, when the site has period reports, {@code
 * <lang>/feeds/reports.atom} ({@link ReportsFeed}).
 *
 * <p>Hearings: one entry per hearing; {@code published} is its published date, {@code updated} the
 * later of that and the date our statement was adopted.
 *
 * <p>Activities: an activity enters the feed when its project has started (the project period's
 * first day is on or before the build date). Its {@code updated} is the day its status was last
 * confirmed or changed: the latest of its status date (its own {@code status_date}, else its
 * measure's, initiative's or project's) and the days its deadline was moved ({@code moved[].on}),
 * leaving out days after the build date. Without such a day, the feed says what the build date
 * makes true: the project's first day, or the due day once that has come. Activities of projects
 * that have not started are left out.
 *
 * <p>Entry ids are {@code urn:uuid:} name-based UUIDs of the language and the hearing id or the
 * activity's stable key, so they survive a change of base URL or slug. Entries are newest first;
 * the feed's {@code updated} is its newest entry's, or the build date for an empty feed. All times
 * are midnight UTC of the day.
 */
public final class AtomWriter {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomWriter() {}

  /**
   * All feeds of the site, in every language: hearings then activities, per language; labels and
   * deadlines said as the pages say them ({@code words}).
   */
  public static List<OutputFile> write(
      Content content, Urls urls, LocalDate buildDate, Words words) {
    List<OutputFile> files = new ArrayList<>();
    for (String lang : content.site().languageCodes()) {
      Feeds feeds = new Feeds(content, urls, buildDate, lang, words);
      files.add(new OutputFile(Urls.hearingsFeed(lang), feeds.hearings()));
      files.add(new OutputFile(Urls.activitiesFeed(lang), feeds.activities()));
      if (!content.reports().isEmpty()) {
        files.add(new OutputFile(Urls.reportsFeed(lang), ReportsFeed.reports(feeds)));
      }
    }
    return List.copyOf(files);
  }

  /** One entry's data. */
  record Entry(
      String id,
      String title,
      LocalDate updated,
      LocalDate published,
      String link,
      String category,
      String categoryLabel,
      String summary) {}

  /**
   * The latest day on or before {@code buildDate} that {@code a}'s status was confirmed or its
   * deadline moved, or null when there is none.
   */
  static LocalDate lastChange(Activity a, LocalDate buildDate) {
    LocalDate last = null;
    List<LocalDate> days = new ArrayList<>();
    days.add(a.statusDate());
    a.moved().forEach(m -> days.add(m.on()));
    for (LocalDate d : days) {
      if (d == null || d.isAfter(buildDate)) continue;
      if (last == null || d.isAfter(last)) last = d;
    }
    return last;
  }

  /** The feeds of one site in one language; {@code words} says labels and deadlines. */
  record Feeds(Content content, Urls urls, LocalDate buildDate, String lang, Words words) {

    byte[] hearings() {
      String def = content.site().defaultLanguage();
      List<Entry> entries = new ArrayList<>();
      for (Hearing h : content.hearings()) {
        LocalDate updated = h.published();
        if (h.statement() != null
            && h.statement().date() != null
            && h.statement().date().isAfter(updated)) {
          updated = h.statement().date();
        }
        if (h.outcome() != null
            && h.outcome().date() != null
            && h.outcome().date().isAfter(updated)) {
          updated = h.outcome().date();
        }
        String phase = h.phase(buildDate).key();
        Facts s =
            new Facts(words, lang)
                .addIfAny("feed.issuer", Words.text(h.issuer(), lang, def))
                .add("feed.hearingDeadline", words.deadline(h.deadline(), lang, def))
                .add("activity.status", words.word("feed.status." + phase, lang));
        entries.add(
            new Entry(
                uuid(lang + ":hearing:" + h.id()),
                Words.text(h.title(), lang, def),
                updated,
                h.published(),
                urls.absolute(urls.hearing(h, lang)),
                phase,
                words.word("feed.status." + phase, lang),
                s.sentences()));
      }
      return feed("hearings.title", Urls.hearingsFeed(lang), urls.hearings(lang), entries);
    }

    byte[] activities() {
      String def = content.site().defaultLanguage();
      List<Entry> entries = new ArrayList<>();
      for (Project p : content.projects()) {
        // A project without a period counts as started from its first activity.
        LocalDate started =
            p.period() != null
                ? p.period().start()
                : p.allActivities().stream()
                    .map(a -> a.deadline().start())
                    .min(LocalDate::compareTo)
                    .orElse(buildDate);
        if (started.isAfter(buildDate)) continue;
        String projectTitle = Words.text(p.title(), lang, def);
        for (LocatedActivity la : LocatedActivity.of(p)) {
          Activity a = la.activity();
          LocalDate due = a.deadline().due();
          LocalDate changed = lastChange(a, buildDate);
          LocalDate updated = changed != null ? changed : due.isAfter(buildDate) ? started : due;
          Facts s =
              new Facts(words, lang)
                  .add("activity.project", projectTitle)
                  .addIfAny("activity.responsible", Words.text(a.responsible(), lang, def))
                  .add("activity.deadline", words.deadline(a.deadline(), lang, def))
                  .add("activity.status", words.word("feed.status." + a.status().key(), lang));
          if (a.statusDate() != null && !a.statusDate().isAfter(buildDate)) {
            s.text(
                words.word("project.statusDate", lang)
                    + ' '
                    + words.deadline(new no.planvev.model.Deadline.Day(a.statusDate()), lang, def));
          }
          entries.add(
              new Entry(
                  uuid(lang + ":activity:" + p.id() + ":" + la.key()),
                  Words.text(a.title(), lang, def),
                  updated,
                  null,
                  urls.absolute(urls.project(p, lang)),
                  a.status().key(),
                  words.word("feed.status." + a.status().key(), lang),
                  s.sentences()));
        }
      }
      return feed("project.activities", Urls.activitiesFeed(lang), urls.projects(lang), entries);
    }

    /** The feed titled by the UI string {@code titleKey}, at {@code selfPath}. */
    byte[] feed(String titleKey, String selfPath, String alternatePath, List<Entry> unsorted) {
      String word = words.word(titleKey, lang);
      String def = content.site().defaultLanguage();
      List<Entry> entries = new ArrayList<>(unsorted);
      entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
      LocalDate updated = entries.isEmpty() ? buildDate : entries.get(0).updated();
      String self = urls.absolute(selfPath);

      XmlOut x = new XmlOut();
      x.start("feed").namespace(ATOM);
      x.attr("xml:lang", lang);
      x.element("id", self);
      x.element("title", Words.text(content.site().title(), lang, def) + " – " + word);
      String subtitle = Words.text(content.site().description(), lang, def);
      if (!subtitle.isEmpty()) x.element("subtitle", subtitle);
      x.element("updated", time(updated));
      author(x, content.site().publisher(), content.site().title(), lang, def);
      x.empty("link", "rel", "self", "type", "application/atom+xml", "href", self);
      x.empty(
          "link", "rel", "alternate", "type", "text/html", "href", urls.absolute(alternatePath));
      x.element("generator", "planvev");
      for (Entry e : entries) {
        x.start("entry");
        x.element("id", e.id());
        x.element("title", e.title());
        x.element("updated", time(e.updated()));
        if (e.published() != null) x.element("published", time(e.published()));
        x.empty("link", "rel", "alternate", "type", "text/html", "href", e.link());
        x.empty("category", "term", e.category(), "label", e.categoryLabel());
        x.start("summary").attr("type", "text").text(e.summary());
        x.end();
        x.end();
      }
      x.end();
      return x.finish();
    }
  }

  private static void author(
      XmlOut x, Publisher pub, no.planvev.model.LText siteTitle, String lang, String def) {
    x.start("author");
    String name = pub == null ? "" : Words.text(pub.name(), lang, def);
    x.element("name", name.isEmpty() ? Words.text(siteTitle, lang, def) : name);
    if (pub != null && pub.url() != null && !pub.url().isBlank())
      x.element("uri", pub.url().strip());
    if (pub != null && pub.email() != null && !pub.email().isBlank()) {
      x.element("email", pub.email().strip());
    }
    x.end();
  }

  /** RFC 3339: midnight UTC of the day. */
  static String time(LocalDate day) {
    return day + "T00:00:00Z";
  }

  static String uuid(String name) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(("planvev:" + name).getBytes(StandardCharsets.UTF_8));
  }
}
