package no.planvev.output.json;

import java.util.List;

/** The strict CSV reader of {@link JsonDataTest}, for tests in other packages. */
public final class JsonDataTestAccess {

  private JsonDataTestAccess() {}

  public static List<List<String>> readCsv(String s, char sep) {
    return JsonDataTest.readCsv(s, sep);
  }
}
