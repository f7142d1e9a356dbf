package io.moneytrail.analysis.patterns;

import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.AccountDictionary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns rows and account ids into the evidence lists of findings. */
final class Evidence {
  private Evidence() {}

  /** Sorts rows in place by (time, row). */
  static void sortByTime(TemporalIndex index, int[] rows, int n) {
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      if (i > 0 && compare(index, rows[i - 1], rows[i]) > 0) {
        sorted = false;
        break;
      }
    }
    if (sorted) {
      return;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = rows[i];
    }
    Arrays.sort(boxed, (a, b) -> compare(index, a, b));
    for (int i = 0; i < n; i++) {
      rows[i] = boxed[i];
    }
  }

  static int compare(TemporalIndex index, int a, int b) {
    int c = Long.compare(index.time(a), index.time(b));
    return c != 0 ? c : Integer.compare(a, b);
  }

  /** @return the ids of rows[from, to) in that order */
  static List<String> ids(TemporalIndex index, int[] rows, int from, int to) {
    String[] ids = new String[to - from];
    for (int i = from; i < to; i++) {
      ids[i - from] = index.ledger().txId(rows[i]);
    }
    return List.of(ids);
  }

  /** @return the distinct account keys of ids[0, n), sorted by key */
  static List<String> accounts(TemporalIndex index, int[] ids, int n) {
    AccountDictionary dict = index.ledger().accounts();
    int[] copy = Arrays.copyOf(ids, n);
    Arrays.sort(copy);
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i == 0 || copy[i] != copy[i - 1]) {
        names.add(dict.name(copy[i]));
      }
    }
    names.sort(null);
    return List.copyOf(names);
  }

  static Instant instant(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis);
  }
}
