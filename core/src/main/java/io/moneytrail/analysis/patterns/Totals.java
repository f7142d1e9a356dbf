package io.moneytrail.analysis.patterns;

import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Exact per-currency sums of transaction amounts; reusable after {@link #toMoney}. Not thread-safe. */
final class Totals {
  private final TemporalIndex index;
  private final Ledger ledger;
  private final long[] sum;
  private final boolean[] used;

  Totals(TemporalIndex index) {
    this.index = index;
    this.ledger = index.ledger();
    int currencies = ledger.currencies().size();
    sum = new long[currencies];
    used = new boolean[currencies];
  }

  void add(int row) {
    int c = index.currency(row);
    sum[c] = Math.addExact(sum[c], index.amount(row));
    used[c] = true;
  }

  /** @return the sums sorted by currency code, then resets */
  List<Money> toMoney() {
    List<Money> result = new ArrayList<>(1);
    for (int c = 0; c < sum.length; c++) {
      if (used[c]) {
        result.add(new Money(sum[c], ledger.scale(), ledger.currencies().get(c)));
        sum[c] = 0;
        used[c] = false;
      }
    }
    if (result.size() > 1) {
      result.sort(Comparator.comparing(Money::currency));
    }
    return List.copyOf(result);
  }
}
