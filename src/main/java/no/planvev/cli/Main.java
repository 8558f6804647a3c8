package no.planvev.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code planvev} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Cli.run(args, out, err);
    out.flush();
    err.flush();
    if (code != 0) System.exit(code);
  }
}
