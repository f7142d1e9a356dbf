package io.moneytrail.analysis.patterns;

import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import io.moneytrail.ledger.RandomLedgers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** What the brute-force oracles of the pattern detectors share: option draws, set merging, evidence in the detectors' forms. */
final class Oracles {
  private Oracles() {}

  /** @return the small dense ledger of a seed (see {@link RandomLedgers#dense()}) */
  static Ledger random(long seed) {
    return RandomLedgers.dense().generate(seed);
  }

  static BigDecimal randomMinAmount(SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> new BigDecimal("1.005");
      case 1 -> BigDecimal.valueOf(r.nextInt(6));
      default -> BigDecimal.ZERO;
    };
  }

  static boolean atLeast(Ledger ledger, int row, BigDecimal min) {
    return BigDecimal.valueOf(ledger.amount(row), ledger.scale()).compareTo(min) >= 0;
  }

  static List<Integer> rows(Ledger ledger) {
    return IntStream.range(0, ledger.size()).boxed().toList();
  }

  /** Merges sets sharing an element until none do (the naive transitive closure). */
  static List<Set<Integer>> mergeSharing(List<Set<Integer>> windows) {
    List<Set<Integer>> groups = new ArrayList<>();
    for (Set<Integer> w : windows) {
      groups.add(new java.util.HashSet<>(w));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      outer:
      for (int i = 0; i < groups.size(); i++) {
        for (int j = i + 1; j < groups.size(); j++) {
          if (!java.util.Collections.disjoint(groups.get(i), groups.get(j))) {
            groups.get(i).addAll(groups.remove(j));
            changed = true;
            break outer;
          }
        }
      }
    }
    return groups;
  }

  /** @return the rows sorted by time then row, as transaction ids */
  static List<String> ids(Ledger ledger, Set<Integer> rows) {
    return rows.stream().sorted(Comparator.comparingLong((Integer x) -> ledger.epochMillis(x))
        .thenComparingInt(x -> x)).map(ledger::txId).toList();
  }

  static Map<String, Long> totals(Ledger ledger, Set<Integer> rows) {
    Map<String, Long> t = new TreeMap<>();
    for (int row : rows) {
      t.merge(ledger.currency(row), ledger.amount(row), Long::sum);
    }
    return t;
  }

  static Map<String, Long> totals(List<Money> money) {
    Map<String, Long> t = new TreeMap<>();
    for (Money m : money) {
      if (t.put(m.currency(), m.minorUnits()) != null) {
        throw new AssertionError("currency twice in totals: " + money);
      }
    }
    return t;
  }

  static long minTime(Ledger ledger, Set<Integer> rows) {
    return rows.stream().mapToLong(ledger::epochMillis).min().orElseThrow();
  }

  static long maxTime(Ledger ledger, Set<Integer> rows) {
    return rows.stream().mapToLong(ledger::epochMillis).max().orElseThrow();
  }
}
