package no.planvev.validate;

/** How bad a problem is: errors stop the build, warnings are printed. */
public enum Severity {
  ERROR, WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
