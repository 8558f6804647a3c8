package no.planvev.diag;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean ...?": the known word nearest to a misspelt one, by Levenshtein distance. The one
 * place for it: unknown keys and values in content ({@code source}) and links to pages that do not
 * exist ({@link LinkChecker}) both ask here.
 */
public final class Suggest {

  private Suggest() {}

  /**
   * The nearest of {@code known} to {@code word} (compared in lower case), or null when none is
   * within {@code max(2, length / 3)} edits. Ties go to the first in {@code known}'s order.
   */
  public static String nearest(String word, Collection<String> known) {
    return nearest(word.toLowerCase(Locale.ROOT), known, 3, false);
  }

  /**
   * The nearest of {@code candidates} to {@code word}, or null when none is within {@code max(2,
   * length / divisor)} edits; ties go to the first in String order when {@code alphabetical} (for
   * an unordered set), else to the first met.
   */
  public static String nearest(
      String word, Collection<String> candidates, int divisor, boolean alphabetical) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word, c);
      if (d < bestDistance
          || alphabetical && d == bestDistance && best != null && c.compareTo(best) < 0) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= Math.max(2, word.length() / divisor) ? best : null;
  }

  /** The number of single-character edits that turn {@code a} into {@code b}. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
