package no.planvev.source;

import java.util.Collection;

/** Finds the known word nearest to a misspelt one (Levenshtein distance). */
final class Suggest {

  private Suggest() {}

  /** The nearest of {@code known} to {@code word}, or null when none is reasonably close. */
  static String nearest(String word, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(word.toLowerCase(java.util.Locale.ROOT), k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int limit = Math.max(2, word.length() / 3);
    return bestDistance <= limit ? best : null;
  }

  static int distance(String a, String b) {
    return no.planvev.validate.EditDistance.between(a, b);
  }
}
