package no.planvev.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ids for the activities of one project that the editor gave none: made from the title in the
 * default language ("Kvalitetssikre opplegg" → {@code kvalitetssikre-opplegg}), so that an activity
 * keeps its id, its anchor and its calendar event when others are added, moved or renamed. Where
 * two activities of a project would get the same id (or an editor's id is already that word), each
 * of them is prefixed with its measure's or initiative's id; a clash left after that (the same
 * title twice under one parent) gets {@code -2}, {@code -3}, ... in document order. Ids the editor
 * wrote are kept as they are (the loader rejects duplicates).
 */
public final class ActivityIds {

  /** Longest id made from a title, in characters; editors' own ids are not cut. */
  static final int MAX_LENGTH = 60;

  private ActivityIds() {}

  /** One activity to name: the id of its measure or initiative ({@code null} at project level). */
  public record Slot(String parentId, String givenId, LText title) {}

  /** The ids of {@code slots}, in the same order. */
  public static List<String> assign(List<Slot> slots, String defaultLang) {
    Set<String> taken = new HashSet<>();
    for (Slot s : slots) {
      if (s.givenId() != null) taken.add(s.givenId());
    }
    List<String> bases = new ArrayList<>();
    Map<String, Integer> count = new HashMap<>();
    for (Slot s : slots) {
      String base = s.givenId() != null ? null : fromTitle(s.title(), defaultLang);
      bases.add(base);
      if (base != null) count.merge(base, 1, Integer::sum);
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      String base = bases.get(i);
      if (base == null) {
        ids.add(s.givenId());
        continue;
      }
      String id = base;
      if ((count.get(base) > 1 || taken.contains(base)) && s.parentId() != null) {
        id = s.parentId() + "-" + base;
      }
      String candidate = id;
      for (int n = 2; taken.contains(candidate); n++) candidate = id + "-" + n;
      taken.add(candidate);
      ids.add(candidate);
    }
    return ids;
  }

  /**
   * A URL word from a title: lower case a–z, digits and hyphens ("Møte i uke 50" →
   * "mote-i-uke-50").
   */
  public static String fromTitle(LText title, String defaultLang) {
    String text =
        title == null
            ? ""
            : title.resolve(defaultLang, defaultLang).map(LText.Resolved::text).orElse("");
    String folded =
        text.toLowerCase(Locale.ROOT)
            .replace("æ", "ae")
            .replace("ø", "o")
            .replace("å", "a")
            .replace("ß", "ss")
            .replace("đ", "d")
            .replace("ŧ", "t")
            .replace("ŋ", "n");
    folded = Normalizer.normalize(folded, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && sb.length() > 0) sb.append('-');
        sb.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    String id = sb.toString();
    if (id.length() > MAX_LENGTH) {
      int cut = id.lastIndexOf('-', MAX_LENGTH);
      id = id.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
    }
    return id.isEmpty() ? "activity" : id;
  }
}
