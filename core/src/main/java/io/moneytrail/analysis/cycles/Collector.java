package io.moneytrail.analysis.cycles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the first {@code limit} cycles (in result order) of everything added to it, in memory
 * bounded by about twice the limit.
 */
final class Collector {
  private final int limit;
  private final Comparator<Found> order;
  private final ArrayList<Found> found = new ArrayList<>();

  Collector(int limit, Comparator<Found> order) {
    this.limit = limit;
    this.order = order;
  }

  void add(int[] rows) {
    found.add(new Found(rows));
    if (found.size() >= 2 * limit + 64) {
      compact();
    }
  }

  private void compact() {
    found.sort(order);
    found.subList(Math.min(limit, found.size()), found.size()).clear();
  }

  /** @return the first {@code limit} cycles added, sorted */
  List<Found> sorted() {
    compact();
    return found;
  }
}
