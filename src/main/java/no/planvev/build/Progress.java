package no.planvev.build;

/**
 * How far a build is: the phase it is in and, where they can be counted, how many of its items are
 * done. The build reports; what is shown (a line on a terminal, nothing in a CI log) is the
 * caller's choice. Called from several threads at once.
 */
public interface Progress {

  /** Shows nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void phase(String name, long total) {}

        @Override
        public void step() {}
      };

  /** A new phase ({@code pages}, {@code links}, ...) of {@code total} items; 0 when uncounted. */
  void phase(String name, long total);

  /** One more item of the current phase is done. */
  void step();
}
