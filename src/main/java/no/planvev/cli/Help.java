package no.planvev.cli;

/**
 * The help texts: {@code planvev --help} (also for {@code build} and {@code check}) and one per
 * other verb. {@code HelpTest} checks that every option the parser knows is written here.
 */
final class Help {

  private Help() {}

  static final String TEXT =
      """
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
        planvev completion          print tab completion for bash and zsh; load it with
                                    source <(planvev completion)
        planvev --version           print the version and the git commit it was built from
        planvev --help              print this help (planvev COMMAND --help: that command's)

      Options for build and check (check takes no --output, --force or --no-cache):
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
        --messages nb|en    the language of problem messages (every command takes it)
                            (default: nb where the system language is Norwegian, else en)
        --verbose           print details of internal errors

      Exit codes: 0 done, 1 problems in content (the previous site is unchanged),
      2 wrong usage, 3 an internal error (please report it).
      """;

  static final String SERVE =
      """
      planvev serve — preview the site in a browser while you edit it.

      Usage:
        planvev serve [options]

      Options:
        --port N            the port to listen on (default: 8080; 0 picks a free one)
        --bind ADDRESS      the address to listen on (default: 127.0.0.1, this machine only)
        --content DIR       the content folder (default: content)
        --templates DIR     a folder whose files replace the built-in theme's, file by
                            file (default: templates/ beside the content folder, if any)
        --date YYYY-MM-DD   the build date, which decides what is overdue
                            (default: SOURCE_DATE_EPOCH if set, else today)
        --base-url URL      the site's public address (default: base_url in site.yaml)
        --strict            treat warnings as errors
        --messages nb|en    the language of problem messages printed here
                            (default: nb where the system language is Norwegian, else en;
                            the browser shows them in the page's language)
        --help              print this help

      Every save rebuilds the site in memory; open pages reload by themselves when
      their content changed. Problems are shown in the browser and here; the last good
      site keeps being served. Nothing is written to the output folder. Stop with Ctrl+C.
      """;

  static final String NEW =
      """
      planvev new — start a site, or add one content file with every key explained.

      Usage:
        planvev new site DIR                     a new site's repository: DIR/content/ (a
                                                 small working site, nb + en), a README,
                                                 .gitignore and CI files (GitHub, GitLab)
        planvev new plan ID [--content DIR]      plans/ID/plan.yaml
        planvev new project ID [--content DIR]   projects/ID/project.yaml
        planvev new hearing ID [--content DIR]   hearings/ID.md
        planvev new page ID [--content DIR]      pages/ID.md

      --content DIR is the content folder (default: content). An ID is lowercase letters
      a-z, digits and hyphens, e.g. kommuneplan-2027 (write æ, ø, å as ae, o, a: the ID
      becomes part of web addresses). Existing files are never overwritten.
      Hearings and pages are written in the site's first language; a translation goes
      beside the file as ID.<lang>.md.
      --messages nb|en is taken as by every command; what new says is in English.
      --help prints this help.
      """;

  static final String INSTALL =
      """
      planvev install — put a `planvev` launcher on the PATH.

      Usage:
        planvev install [DIR]    write DIR/planvev (default: ~/.local/bin/planvev), which
                                 runs this planvev.jar with Java from the PATH

      The launcher runs the jar where it is now: keep it there (or run install again after
      moving it). An existing DIR/planvev is replaced only if install wrote it.
      --messages nb|en is taken as by every command; what install says is in English.
      --help prints this help.
      """;

  static final String COMPLETION =
      """
      planvev completion — print tab completion for planvev, for bash and zsh.

      Usage:
        source <(planvev completion)     in this shell, until it closes
        planvev completion > ~/.local/share/bash-completion/completions/planvev
                                         in every new bash (zsh: put the source line in
                                         ~/.zshrc after compinit)

      The Tab key then completes commands, options, folders and nb|en after --messages.
      --messages nb|en is taken as by every command; the script is the same.
      --help prints this help.
      """;
}
