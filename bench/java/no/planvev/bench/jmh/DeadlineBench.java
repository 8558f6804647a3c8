package no.planvev.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.planvev.model.Deadline;
import no.planvev.model.Deadlines;
import no.planvev.words.DeadlineFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Parsing and displaying deadlines of every form: what every timeline row does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineBench {

  private static final List<String> FORMS = List.of("2017-11-30", "2017-W50", "2018-02",
      "2018-Q1", "2018", "2018-01/2018-02", "2017-12-01/2018-03-31");

  @Param({"nb", "en"})
  public String lang;

  private final List<Deadline> deadlines = new ArrayList<>();

  @Setup
  public void setup() throws Deadlines.InvalidDeadline {
    for (String f : FORMS) deadlines.add(Deadlines.parse(f));
  }

  /** All seven forms displayed once. */
  @Benchmark
  public void display(Blackhole bh) {
    for (Deadline d : deadlines) bh.consume(DeadlineFormat.display(d, lang, "nb"));
  }

  /** All seven forms parsed once. */
  @Benchmark
  public void parse(Blackhole bh) throws Deadlines.InvalidDeadline {
    for (String f : FORMS) bh.consume(Deadlines.parse(f));
  }
}
