package io.moneytrail.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds ids that are distinct but differ only in ways a person cannot see or would not mean:
 * letter case, Unicode normalisation (NFC/NFKC: {@code é} as one character or as {@code e} plus a
 * combining accent, full-width letters, ligatures), zero-width, format or control characters, and
 * surrounding white space of any kind (no-break spaces included). Such ids are kept apart, never
 * merged: whether {@code ACC-1} and {@code acc-1} are one account is for the investigator to
 * decide, and this lists the candidates.
 *
 * <p>Two ids are near-duplicates when they are equal after removing control and format characters,
 * stripping surrounding white space, normalising to NFKC and folding case. The result is
 * deterministic: groups sorted by their first id, ids within a group in string order.
 */
public final class NearDuplicates {
  /** How ids of one group differ. */
  public enum Difference {
    /** Zero-width, format (such as U+200B, U+FEFF) or control characters (such as NUL). */
    INVISIBLE_CHARACTERS("zero-width or control characters"),
    /** White space before or after the id (tabs, no-break spaces, other Unicode spaces). */
    SURROUNDING_SPACE("surrounding spaces"),
    /** The same text in another Unicode normalisation form (NFC/NFD, or compatibility forms: NFKC). */
    NORMALISATION("Unicode normalisation"),
    /** Letter case. */
    CASE("letter case");

    private final String description;

    Difference(String description) {
      this.description = description;
    }

    /** @return a few words for messages, e.g. {@code letter case} */
    public String description() {
      return description;
    }
  }

  /**
   * Ids that are near-duplicates of each other.
   *
   * @param ids the distinct ids, at least two, in string order
   * @param differences how they differ (at least one)
   */
  public record Group(List<String> ids, Set<Difference> differences) {
    /** Copies the collections. */
    public Group {
      ids = List.copyOf(ids);
      differences = Collections.unmodifiableSet(EnumSet.copyOf(differences));
      if (ids.size() < 2) {
        throw new IllegalArgumentException("a group has at least two ids");
      }
    }

    /**
     * @return the ids written in printable ASCII so that every difference shows: a backslash as
     *     {@code \\}, every character outside printable ASCII as a backslash, {@code u} and four hex
     *     digits (a zero-width space is {@code \}{@code u200b})
     */
    public List<String> escapedIds() {
      List<String> out = new ArrayList<>(ids.size());
      for (String id : ids) {
        out.add(TextEscapes.everything(id));
      }
      return List.copyOf(out);
    }

    /** @return the differences in words, e.g. {@code letter case, surrounding spaces} */
    public String describeDifferences() {
      List<String> words = new ArrayList<>();
      for (Difference d : differences) {
        words.add(d.description());
      }
      return String.join(", ", words);
    }
  }

  private NearDuplicates() {}

  /**
   * Groups near-duplicate ids.
   *
   * @param ids distinct ids (such as a ledger's account keys); equal strings are one id
   * @return the groups of two or more distinct ids that are near-duplicates, sorted by first id
   */
  public static List<Group> find(List<String> ids) {
    Objects.requireNonNull(ids, "ids");
    Map<String, Object> byKey = new HashMap<>(Math.max(16, ids.size() * 2));
    List<String> collided = new ArrayList<>();
    for (String id : ids) {
      String key = key(id);
      Object seen = byKey.get(key);
      if (seen == null) {
        byKey.put(key, id);
      } else if (seen instanceof String first) {
        if (!first.equals(id)) {
          List<String> group = new ArrayList<>(2);
          group.add(first);
          group.add(id);
          byKey.put(key, group);
          collided.add(key);
        }
      } else {
        @SuppressWarnings("unchecked")
        List<String> group = (List<String>) seen;
        if (!group.contains(id)) {
          group.add(id);
        }
      }
    }
    List<Group> groups = new ArrayList<>(collided.size());
    for (String key : collided) {
      @SuppressWarnings("unchecked")
      List<String> members = new ArrayList<>((List<String>) byKey.get(key));
      Collections.sort(members);
      groups.add(new Group(members, differences(members)));
    }
    groups.sort((a, b) -> a.ids().get(0).compareTo(b.ids().get(0)));
    return List.copyOf(groups);
  }

  /**
   * The steps from an id to its key: a difference is named when its step changes at least one id
   * while the ids still differ before it (so that a step that only changes ids already equal, such
   * as folding the case of {@code ACC} and {@code AC}<i>zero-width space</i>{@code C}, is not named).
   */
  private static Set<Difference> differences(List<String> ids) {
    EnumSet<Difference> out = EnumSet.noneOf(Difference.class);
    List<String> values = new ArrayList<>(ids);
    for (Difference step : Difference.values()) {
      boolean distinct = new HashSet<>(values).size() > 1;
      boolean changed = false;
      for (int i = 0; i < values.size(); i++) {
        String before = values.get(i);
        String after = switch (step) {
          case INVISIBLE_CHARACTERS -> withoutInvisible(before);
          case SURROUNDING_SPACE -> stripSpace(before);
          case NORMALISATION -> Normalizer.normalize(before, Normalizer.Form.NFKC);
          case CASE -> Normalizer.normalize(fold(before), Normalizer.Form.NFKC);
        };
        changed |= !after.equals(before);
        values.set(i, after);
      }
      if (distinct && changed) {
        out.add(step);
      }
    }
    return out; // never empty: the ids are distinct and end equal, so some step changed one while they differed
  }

  static String key(String id) {
    if (plainAscii(id)) {
      return id.toLowerCase(Locale.ROOT);
    }
    String k = stripSpace(withoutInvisible(id));
    k = Normalizer.normalize(k, Normalizer.Form.NFKC);
    return Normalizer.normalize(fold(k), Normalizer.Form.NFKC);
  }

  /** Printable ASCII without surrounding spaces: its key is its lower case. */
  private static boolean plainAscii(String id) {
    int n = id.length();
    if (n == 0 || id.charAt(0) == ' ' || id.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String s) {
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static String withoutInvisible(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      boolean invisible = type == Character.CONTROL || type == Character.FORMAT;
      if (invisible && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (!invisible && b != null) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return b == null ? s : b.toString();
  }

  private static boolean space(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static String stripSpace(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && space(s.codePointAt(a))) {
      a += Character.charCount(s.codePointAt(a));
    }
    while (b > a && space(s.codePointBefore(b))) {
      b -= Character.charCount(s.codePointBefore(b));
    }
    return s.substring(a, b);
  }
}
