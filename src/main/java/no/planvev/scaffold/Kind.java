package no.planvev.scaffold;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of content file {@code planvev new} writes, and where each goes. */
enum Kind {
  PLAN("plan.yaml"),
  PROJECT("project.yaml"),
  HEARING("hearing.md"),
  PAGE("page.md");

  final String template;

  Kind(String template) {
    this.template = template;
  }

  static Kind of(String word) {
    for (Kind k : values()) {
      if (k.word().equals(word)) return k;
    }
    return null;
  }

  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The file within the content folder. Hearings and pages leave out the language: such a file is
   * in the site's first language, whichever that is.
   */
  Path file(Path content, String id) {
    return switch (this) {
      case PLAN -> content.resolve("plans").resolve(id).resolve("plan.yaml");
      case PROJECT -> content.resolve("projects").resolve(id).resolve("project.yaml");
      case HEARING -> content.resolve("hearings").resolve(id + ".md");
      case PAGE -> content.resolve("pages").resolve(id + ".md");
    };
  }
}
