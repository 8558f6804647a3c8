package no.planvev.diag;

/** How bad a problem is: errors stop the build, warnings are printed. */
public enum Severity {
  ERROR,
  WARNING;

  /** {@code error} or {@code warning}. */
  public String label() {
    return label("en");
  }

  /** The label in {@code lang}: {@code feil} and {@code advarsel} in Norwegian bokmål. */
  public String label(String lang) {
    return Catalog.pattern(lang, "severity." + name().toLowerCase(java.util.Locale.ROOT));
  }
}
