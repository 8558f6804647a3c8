package no.planvev.render;

import no.planvev.diag.Problem;

/** A page could not be rendered; carries the problem, e.g. at {@code templates/x.ftlh:3:7}. */
public final class RenderException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public RenderException(Problem problem) {
    super(problem.toString(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
