package no.planvev.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes deterministic synthetic sites for benchmarks: {@code pages} (N plain pages in nb and en,
 * optionally the same pages as a Hugo site) and {@code plan} (a plan, K projects with M activities
 * each, H hearings). The same arguments give byte-identical files on every run and machine.
 *
 * <pre>
 * SyntheticSite pages N OUT [--hugo HUGO_DIR] [--seed S]
 * SyntheticSite plan K M H OUT [--seed S]
 * </pre>
 */
public final class SyntheticSite {

  /** How many pages carry a {@code menu:} entry (the main menu stays short, as on real sites). */
  static final int MENU_PAGES = 5;

  private final long seed;

  public SyntheticSite(long seed) {
    this.seed = seed;
  }

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>();
    long seed = 20261117L;
    Path hugo = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--hugo" -> hugo = Path.of(args[++i]);
        default -> rest.add(args[i]);
      }
    }
    SyntheticSite gen = new SyntheticSite(seed);
    if (rest.size() == 3 && rest.get(0).equals("pages")) {
      int n = Integer.parseInt(rest.get(1));
      gen.pages(n, Path.of(rest.get(2)));
      if (hugo != null) gen.hugoPages(n, hugo);
    } else if (rest.size() == 5 && rest.get(0).equals("plan")) {
      gen.plan(
          Integer.parseInt(rest.get(1)),
          Integer.parseInt(rest.get(2)),
          Integer.parseInt(rest.get(3)),
          Path.of(rest.get(4)));
    } else {
      System.err.println(
          "usage: SyntheticSite pages N OUT [--hugo DIR] [--seed S]\n"
              + "       SyntheticSite plan PROJECTS ACTIVITIES HEARINGS OUT [--seed S]");
      System.exit(2);
    }
  }

  // ---------------------------------------------------------------- plain pages

  /** N pages × {nb, en} plus site.yaml, as planvev content. */
  public void pages(int n, Path out) throws IOException {
    Files.createDirectories(out.resolve("pages"));
    write(out.resolve("site.yaml"), siteYaml("Syntetisk nettsted", "Synthetic site"));
    for (int i = 0; i < n; i++) {
      String id = pageId(i);
      for (String lang : List.of("nb", "en")) {
        PageText p = page(i, lang);
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(yamlString(p.title)).append('\n');
        if (lang.equals("nb") && i < MENU_PAGES)
          s.append("menu: ").append((i + 1) * 10).append('\n');
        s.append("summary: ").append(yamlString(p.summary)).append('\n');
        s.append("---\n").append(p.body);
        write(out.resolve("pages").resolve(id + "." + lang + ".md"), s.toString());
      }
    }
  }

  /** The same pages as a Hugo multilingual site (filename suffixes), with a minimal layout. */
  void hugoPages(int n, Path out) throws IOException {
    Files.createDirectories(out.resolve("content/pages"));
    write(out.resolve("hugo.toml"), HugoLayout.CONFIG);
    for (var layout : HugoLayout.FILES.entrySet()) {
      Path file = out.resolve(layout.getKey());
      Files.createDirectories(file.getParent());
      write(file, layout.getValue());
    }
    write(out.resolve("content/_index.nb.md"), "---\ntitle: Syntetisk nettsted\n---\n");
    write(out.resolve("content/_index.en.md"), "---\ntitle: Synthetic site\n---\n");
    for (int i = 0; i < n; i++) {
      String id = pageId(i);
      for (String lang : List.of("nb", "en")) {
        PageText p = page(i, lang);
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(yamlString(p.title)).append('\n');
        if (i < MENU_PAGES)
          s.append("menu:\n  main:\n    weight: ").append((i + 1) * 10).append('\n');
        s.append("summary: ").append(yamlString(p.summary)).append('\n');
        s.append("---\n").append(p.body);
        write(out.resolve("content/pages").resolve(id + "." + lang + ".md"), s.toString());
      }
    }
  }

  static String pageId(int i) {
    return String.format(Locale.ROOT, "side-%06d", i + 1);
  }

  /** A page's title, summary and Markdown body. */
  public record PageText(String title, String summary, String body) {}

  /** One page's text; depends only on the seed, the page number and the language, not on N. */
  public PageText page(int i, String lang) {
    Words w = Words.of(lang);
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    String title = capitalize(w.phrase(r, 2 + r.nextInt(4))) + " " + (i + 1);
    String summary = w.sentence(r);
    StringBuilder b = new StringBuilder();
    b.append(paragraph(w, r, 3 + r.nextInt(3))).append("\n\n");
    int sections = 2 + r.nextInt(3);
    for (int s = 0; s < sections; s++) {
      b.append("## ").append(capitalize(w.phrase(r, 2 + r.nextInt(3)))).append("\n\n");
      b.append(paragraph(w, r, 2 + r.nextInt(4))).append("\n\n");
      if (s == 0) {
        for (int k = 0, items = 3 + r.nextInt(3); k < items; k++) {
          b.append("- ").append(w.sentence(r)).append('\n');
        }
        b.append('\n');
      } else if (s == 1) {
        b.append("| ")
            .append(w.word(r))
            .append(" | ")
            .append(w.word(r))
            .append(" | ")
            .append(w.word(r))
            .append(" |\n|---|---|--:|\n");
        for (int k = 0, rows = 3 + r.nextInt(4); k < rows; k++) {
          b.append("| ")
              .append(capitalize(w.word(r)))
              .append(" | ")
              .append(w.phrase(r, 3))
              .append(" | ")
              .append(r.nextInt(100_000))
              .append(" |\n");
        }
        b.append('\n');
      } else {
        for (int k = 0, items = 2 + r.nextInt(3); k < items; k++) {
          b.append(k + 1).append(". ").append(w.sentence(r)).append('\n');
        }
        b.append('\n');
      }
      if (r.nextInt(3) == 0) {
        b.append("### ").append(capitalize(w.phrase(r, 2))).append("\n\n");
        b.append(paragraph(w, r, 2 + r.nextInt(3))).append("\n\n");
      }
    }
    return new PageText(title, summary, b.toString());
  }

  /** Sentences with some emphasis, strong text and links (external, so no link checking). */
  private static String paragraph(Words w, SplittableRandom r, int sentences) {
    StringBuilder p = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      if (s > 0) p.append(' ');
      String sentence = w.sentence(r);
      int roll = r.nextInt(10);
      if (roll == 0) {
        String word = w.word(r);
        sentence =
            sentence.substring(0, sentence.length() - 1)
                + " ["
                + word
                + "](https://example.no/"
                + Words.ascii(word)
                + "/"
                + r.nextInt(1000)
                + ").";
      } else if (roll == 1) {
        sentence = sentence.substring(0, sentence.length() - 1) + " *" + w.word(r) + "*.";
      } else if (roll == 2) {
        sentence = "**" + sentence.substring(0, sentence.length() - 1) + "**.";
      }
      p.append(sentence);
    }
    return p.toString();
  }

  // ---------------------------------------------------------------- plan-shaped site

  /** One plan (4 focus areas), K projects with M activities each, H hearings, in nb and en. */
  public void plan(int projects, int activitiesPerProject, int hearings, Path out)
      throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    Words nb = Words.of("nb");
    Words en = Words.of("en");
    write(out.resolve("site.yaml"), siteYaml("Syntetisk regionråd", "Synthetic regional council"));
    List<String> areas = List.of("tjenester", "naering", "samarbeid", "klima");
    StringBuilder plan = new StringBuilder();
    plan.append("title: {nb: Strategisk plan 2024–2027, en: Strategic plan 2024–2027}\n")
        .append("period: 2024/2027\n")
        .append("owner: {nb: Syntetisk regionråd, en: Synthetic regional council}\n")
        .append("adopted: {date: 2024-06-15, by: {nb: Regionrådet, en: The regional council}}\n")
        .append("main_goal: ")
        .append(ltext(nb, en, r, 8))
        .append('\n')
        .append("main_strategy:\n  title: ")
        .append(ltext(nb, en, r, 3))
        .append('\n')
        .append("  text: ")
        .append(ltext(nb, en, r, 12))
        .append('\n')
        .append("focus_areas:\n");
    for (String area : areas) {
      plan.append("  - id: ")
          .append(area)
          .append('\n')
          .append("    title: ")
          .append(ltext(nb, en, r, 2))
          .append('\n')
          .append("    weight: 25\n")
          .append("    goal: ")
          .append(ltext(nb, en, r, 8))
          .append('\n')
          .append("    strategies:\n");
      for (int s = 0; s < 3; s++) plan.append("      - ").append(ltext(nb, en, r, 7)).append('\n');
    }
    Path planDir = out.resolve("plans/strategisk-plan");
    write(planDir.resolve("plan.yaml"), plan.toString());
    for (String lang : List.of("nb", "en")) {
      Words w = Words.of(lang);
      write(planDir.resolve("index." + lang + ".md"), paragraph(w, r, 5) + "\n");
      for (String area : areas) {
        write(
            planDir.resolve(area + "." + lang + ".md"),
            paragraph(w, r, 4)
                + "\n\n## "
                + capitalize(w.phrase(r, 2))
                + "\n\n"
                + paragraph(w, r, 4)
                + "\n");
      }
    }

    for (int k = 0; k < projects; k++) {
      String id = String.format(Locale.ROOT, "prosjekt-%04d", k + 1);
      StringBuilder p = new StringBuilder();
      int startYear = 2024 + k % 3;
      p.append("title: ")
          .append(ltext(nb, en, r, 3))
          .append('\n')
          .append("owner: {nb: Kommune ")
          .append(k % 19 + 1)
          .append(", en: Municipality ")
          .append(k % 19 + 1)
          .append("}\n")
          .append("manager: {nb: Prosjektleder, en: Project manager}\n")
          .append("period: ")
          .append(startYear)
          .append("-01/@END@\n")
          .append("phase: ")
          .append(ltext(nb, en, r, 2))
          .append('\n')
          .append("status: ")
          .append(List.of("planned", "active", "paused", "completed").get(k % 4))
          .append('\n')
          .append("supports: [strategisk-plan/")
          .append(areas.get(k % areas.size()))
          .append("]\n")
          .append("summary: ")
          .append(ltext(nb, en, r, 20))
          .append('\n')
          .append("initiatives:\n");
      int perMeasure = 5;
      int measures = Math.max(1, (activitiesPerProject + perMeasure - 1) / perMeasure);
      int perInitiative = 3;
      int a = 0;
      int[] cursor = {startYear * 12};
      for (int m = 0; m < measures; m++) {
        if (m % perInitiative == 0) {
          int init = m / perInitiative;
          p.append("  - id: innsats-")
              .append(init + 1)
              .append('\n')
              .append("    number: ")
              .append(init + 1)
              .append('\n')
              .append("    title: ")
              .append(ltext(nb, en, r, 3))
              .append('\n')
              .append("    status: ")
              .append(List.of("active", "planned", "postponed", "completed").get(init % 4))
              .append('\n')
              .append("    status_note: ")
              .append(ltext(nb, en, r, 8))
              .append('\n')
              .append("    summary: ")
              .append(ltext(nb, en, r, 25))
              .append('\n')
              .append("    measures:\n");
        }
        p.append("      - id: tiltak-")
            .append(m + 1)
            .append('\n')
            .append("        title: ")
            .append(ltext(nb, en, r, 4))
            .append('\n')
            .append("        summary: ")
            .append(ltext(nb, en, r, 20))
            .append('\n')
            .append("        activities:\n");
        for (int j = 0; j < perMeasure && a < activitiesPerProject; j++, a++) {
          p.append("          - title: ")
              .append(ltext(nb, en, r, 4))
              .append('\n')
              .append("            responsible: {nb: Prosjektleder, en: Project manager}\n")
              .append("            deadline: ")
              .append(deadline(a, cursor, r))
              .append('\n')
              .append("            status: ")
              .append(
                  List.of(
                          "planned",
                          "in_progress",
                          "done",
                          "planned",
                          "cancelled",
                          "postponed",
                          "done")
                      .get(a % 7))
              .append('\n');
          if (a % 4 == 0) {
            p.append("            note: ").append(ltext(nb, en, r, 10)).append('\n');
          }
        }
      }
      int end = Math.max(cursor[0] - 1, startYear * 12 + 11);
      String yaml =
          p.toString()
              .replace("@END@", String.format(Locale.ROOT, "%d-%02d", end / 12, end % 12 + 1));
      Path dir = out.resolve("projects").resolve(id);
      write(dir.resolve("project.yaml"), yaml);
      write(dir.resolve("index.nb.md"), paragraph(nb, r, 4) + "\n");
      write(dir.resolve("index.en.md"), paragraph(en, r, 4) + "\n");
    }

    for (int h = 0; h < hearings; h++) {
      String id = String.format(Locale.ROOT, "horing-%04d", h + 1);
      int year = 2024 + h % 3;
      String nbTitle = "Høring – " + nb.phrase(r, 4);
      String enTitle = "Consultation – " + en.phrase(r, 4);
      String front =
          "issuer: Departementet "
              + (h % 7 + 1)
              + "\n"
              + "reference: \""
              + (year % 100)
              + "/"
              + (1000 + h)
              + "\"\n"
              + "published: "
              + year
              + "-0"
              + (1 + h % 9)
              + "-01\n"
              + "deadline: "
              + year
              + "-"
              + String.format(Locale.ROOT, "%02d", 10 + h % 3)
              + "-15\n"
              + "status: "
              + List.of("open", "answered", "closed").get(h % 3)
              + "\n"
              + "source_url: https://example.no/horinger/"
              + id
              + "\n"
              + "topics: [strategisk-plan/"
              + areas.get(h % areas.size())
              + "]\n";
      write(
          out.resolve("hearings").resolve(id + ".nb.md"),
          "---\ntitle: "
              + yamlString(nbTitle)
              + "\n"
              + front
              + "---\n"
              + paragraph(nb, r, 6)
              + "\n\n## "
              + capitalize(nb.phrase(r, 2))
              + "\n\n"
              + paragraph(nb, r, 5)
              + "\n");
      write(
          out.resolve("hearings").resolve(id + ".en.md"),
          "---\ntitle: "
              + yamlString(enTitle)
              + "\n---\n"
              + paragraph(en, r, 6)
              + "\n\n## "
              + capitalize(en.phrase(r, 2))
              + "\n\n"
              + paragraph(en, r, 5)
              + "\n");
    }
  }

  /**
   * Every deadline form in turn: day, week, month, quarter, year, interval, free text. Due days
   * never go back within a project ({@code cursor} holds the month, as year × 12 + month − 1, the
   * next one may fall in), since planvev warns about activities listed out of order.
   */
  static String deadline(int a, int[] cursor, SplittableRandom r) {
    int c = cursor[0];
    int y = c / 12;
    int month = c % 12 + 1;
    int dueMonth;
    String text;
    switch (a % 7) {
      case 0 -> {
        text = String.format(Locale.ROOT, "%d-%02d-%02d", y, month, 1 + r.nextInt(28));
        dueMonth = c;
      }
      case 1 -> {
        // a week that ends in this month: its Thursday (which names the ISO year) is inside it
        java.time.LocalDate day = java.time.LocalDate.of(y, month, 1 + r.nextInt(21));
        java.time.LocalDate monday = day.with(java.time.DayOfWeek.MONDAY);
        if (monday.getMonthValue() != month) monday = monday.plusWeeks(1);
        text =
            String.format(
                Locale.ROOT,
                "%d-W%02d",
                monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        dueMonth = c + (monday.plusDays(6).getMonthValue() == month ? 0 : 1);
      }
      case 2 -> {
        text = String.format(Locale.ROOT, "%d-%02d", y, month);
        dueMonth = c;
      }
      case 3 -> {
        int q = (month - 1) / 3 + 1;
        text = String.format(Locale.ROOT, "%d-Q%d", y, q);
        dueMonth = y * 12 + q * 3 - 1;
      }
      case 4 -> {
        text = Integer.toString(y);
        dueMonth = y * 12 + 11;
      }
      case 5 -> {
        int end = c + 1 + r.nextInt(3);
        text = String.format(Locale.ROOT, "%d-%02d/%d-%02d", y, month, end / 12, end % 12 + 1);
        dueMonth = end;
      }
      default -> {
        text =
            String.format(
                Locale.ROOT,
                "{text: {nb: \"%d. møte %d\", en: \"Meeting %d of %d\"}, sort: %d-%02d}",
                1 + r.nextInt(4),
                y,
                1 + r.nextInt(4),
                y,
                y,
                month);
        dueMonth = c;
      }
    }
    cursor[0] = dueMonth + 1;
    return text;
  }

  // ---------------------------------------------------------------- helpers

  private static String ltext(Words nb, Words en, SplittableRandom r, int words) {
    return "{nb: "
        + yamlString(capitalize(nb.phrase(r, words)))
        + ", en: "
        + yamlString(capitalize(en.phrase(r, words)))
        + "}";
  }

  private static String siteYaml(String nbTitle, String enTitle) {
    return "title: {nb: "
        + nbTitle
        + ", en: "
        + enTitle
        + "}\n"
        + "description: {nb: Et syntetisk nettsted for ytelsesmåling., "
        + "en: A synthetic site for benchmarks.}\n"
        + "base_url: https://bench.example.no/\n"
        + "languages:\n"
        + "  - {code: nb, name: Norsk bokmål}\n"
        + "  - {code: en, name: English}\n"
        + "publisher:\n"
        + "  name: {nb: "
        + nbTitle
        + ", en: "
        + enTitle
        + "}\n"
        + "  url: https://example.no/\n"
        + "  email: post@example.no\n"
        + "accessibility_statement: https://bench.example.no/nb/tilgjengelighet/\n"
        + "sections:\n"
        + "  plans: {nb: planer, en: plans}\n"
        + "  projects: {nb: prosjekter, en: projects}\n"
        + "  hearings: {nb: horinger, en: hearings}\n"
        + "  timeline: {nb: tidslinje, en: timeline}\n";
  }

  static String yamlString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static void writeUnchecked(Path file, String text) {
    try {
      write(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
