package no.planvev.cli;

/** The text of {@code planvev --help}. */
final class Help {

  private Help() {}

  static final String TEXT = """
      planvev — builds a website for public plans, projects and hearings from content/.

      Usage:
        planvev build [options]     build the site into site/
        planvev check [options]     check content and links; write nothing (for CI)
        planvev serve [options]     preview on http://127.0.0.1:8080/, rebuilt on every save
                                    (--port N, --bind ADDRESS; see docs/preview.md)
        planvev new KIND ID         start a file the right way: KIND is site (ID is a folder),
                                    plan, project, hearing or page (--content DIR)
        planvev install [DIR]       put a `planvev` launcher for this jar in DIR
                                    (default: ~/.local/bin)
        planvev --version           print the version and the git commit it was built from
        planvev --help              print this help

      Options for build and check (check takes no --output or --force):
        --content DIR       the content folder (default: content)
        --templates DIR     a folder whose files replace the built-in theme's, file by
                            file (default: templates/ beside the content folder, if any)
        --output DIR        where the site is written (default: site); the whole folder
                            is replaced, so it must be one planvev wrote, or new, or empty
        --force             (build) replace an --output folder that planvev did not write
        --no-cache          (build) neither read nor write the build cache, the folder
                            .planvev-cache beside --output (safe to delete at any time)
        --base-url URL      the site's public address (default: base_url in site.yaml)
        --date YYYY-MM-DD   the build date, which decides what is overdue
                            (default: SOURCE_DATE_EPOCH if set, else today)
        --strict            treat warnings as errors
        --messages nb|en    the language of problem messages
                            (default: nb where the system language is Norwegian, else en)
        --verbose           print details of internal errors

      Exit codes: 0 done, 1 problems in content (the previous site is unchanged),
      2 wrong usage, 3 an internal error (please report it).
      """;
}
