package no.planvev.preview;

import tools.jackson.core.io.JsonStringEncoder;

/** The little JSON the event stream needs: one string literal, quoted by jackson-core. */
final class Json {

  private Json() {}

  static String string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, b);
    return b.append('"').toString();
  }
}
