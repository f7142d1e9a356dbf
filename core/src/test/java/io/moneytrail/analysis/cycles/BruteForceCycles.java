package io.moneytrail.analysis.cycles;

import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Independent brute force for the tests: enumerates every sequence of distinct ledger rows that
 * chains account to account and closes, checks the definition literally (BigDecimal arithmetic,
 * no index, no pruning), groups sequences by their set of rows and keeps the qualifying rotation
 * with the smallest first row.
 */
final class BruteForceCycles {
  private final Ledger ledger;
  private final CycleOptions options;

  BruteForceCycles(Ledger ledger, CycleOptions options) {
    this.ledger = ledger;
    this.options = options;
  }

  /** Result as the fast search should give it: first maxResults row sequences, and truncated. */
  record Expected(List<List<Integer>> cycles, boolean truncated) {}

  /**
   * Every sequence of distinct rows, 2 to {@code maxLength} long, that chains payee to payer through
   * distinct paying accounts and whose last payee is the first payer (self-transfers included in
   * the enumeration; {@link #qualifies} rejects them).
   */
  static List<List<Integer>> closedPaths(Ledger ledger, int maxLength) {
    List<List<Integer>> out = new ArrayList<>();
    for (int r = 0; r < ledger.size(); r++) {
      List<Integer> seq = new ArrayList<>();
      seq.add(r);
      grow(ledger, maxLength, seq, out);
    }
    return out;
  }

  private static void grow(Ledger ledger, int maxLength, List<Integer> seq, List<List<Integer>> out) {
    int last = seq.get(seq.size() - 1);
    if (ledger.toId(last) == ledger.fromId(seq.get(0))) {
      out.add(new ArrayList<>(seq));
      return;
    }
    if (seq.size() == maxLength) {
      return;
    }
    for (int r = 0; r < ledger.size(); r++) {
      if (seq.contains(r) || ledger.fromId(r) != ledger.toId(last)) {
        continue;
      }
      boolean payerSeen = false;
      for (int q : seq) {
        payerSeen |= ledger.fromId(q) == ledger.toId(r) && ledger.toId(r) != ledger.fromId(seq.get(0));
      }
      if (!payerSeen) {
        seq.add(r);
        grow(ledger, maxLength, seq, out);
        seq.remove(seq.size() - 1);
      }
    }
  }

  /** @param closedPaths {@link #closedPaths} with at least this search's maxLength */
  Expected temporal(List<List<Integer>> closedPaths) {
    Map<String, List<Integer>> bySet = new TreeMap<>();
    for (List<Integer> seq : closedPaths) {
      if (seq.size() >= 2 && seq.size() <= options.maxLength() && qualifies(seq)) {
        String key = seq.stream().sorted().map(String::valueOf).reduce("", (a, b) -> a + "," + b);
        List<Integer> previous = bySet.get(key);
        if (previous == null || seq.get(0) < previous.get(0)) {
          bySet.put(key, seq);
        }
      }
    }
    List<List<Integer>> all = new ArrayList<>(bySet.values());
    all.sort(temporalOrder());
    return cut(all);
  }

  Expected temporal() {
    return temporal(closedPaths(ledger, options.maxLength()));
  }

  private boolean qualifies(List<Integer> seq) {
    int k = seq.size();
    Set<Integer> accounts = new HashSet<>();
    for (int r : seq) {
      if (!accounts.add(ledger.fromId(r))) {
        return false;
      }
      if (ledger.fromId(r) == ledger.toId(r)) {
        return false;
      }
    }
    for (int i = 1; i < k; i++) {
      long before = ledger.epochMillis(seq.get(i - 1));
      long now = ledger.epochMillis(seq.get(i));
      if (options.strictTime() ? now <= before : now < before) {
        return false;
      }
    }
    if (ledger.epochMillis(seq.get(k - 1)) - ledger.epochMillis(seq.get(0)) > options.window().toMillis()) {
      return false;
    }
    if (options.amountRules()) {
      String currency = ledger.currency(seq.get(0));
      for (int i = 0; i < k; i++) {
        int r = seq.get(i);
        if (!ledger.currency(r).equals(currency)) {
          return false;
        }
        BigDecimal amount = ledger.money(r).toBigDecimal();
        if (options.minAmount().isPresent() && amount.compareTo(options.minAmount().get()) < 0) {
          return false;
        }
        if (i > 0) {
          BigDecimal previous = ledger.money(seq.get(i - 1)).toBigDecimal();
          if (options.maxLoss().isPresent()
              && amount.compareTo(BigDecimal.ONE.subtract(options.maxLoss().get()).multiply(previous)) < 0) {
            return false;
          }
          if (options.maxGain().isPresent()
              && amount.compareTo(BigDecimal.ONE.add(options.maxGain().get()).multiply(previous)) > 0) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private Comparator<List<Integer>> temporalOrder() {
    return (x, y) -> {
      int c = Long.compare(ledger.epochMillis(x.get(0)), ledger.epochMillis(y.get(0)));
      if (c != 0) {
        return c;
      }
      c = lexicographic(x.stream().map(ledger::txId).toList(), y.stream().map(ledger::txId).toList());
      if (c != 0) {
        return c;
      }
      return lexicographic(x, y);
    };
  }

  static <T extends Comparable<T>> int lexicographic(List<T> x, List<T> y) {
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = x.get(i).compareTo(y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private <T> Expected cut(List<T> all) {
    int max = options.maxResults();
    @SuppressWarnings("unchecked")
    List<List<Integer>> first = (List<List<Integer>>) (List<?>) new ArrayList<>(all.subList(0, Math.min(max, all.size())));
    return new Expected(first, all.size() > max);
  }

  /** Static mode: account-key sequences, each cycle rotated to its smallest key. */
  record ExpectedStatic(List<List<String>> cycles, boolean truncated) {}

  ExpectedStatic staticCycles() {
    int n = ledger.accounts().size();
    Set<String> edges = new HashSet<>();
    for (int r = 0; r < ledger.size(); r++) {
      if (ledger.fromId(r) != ledger.toId(r)) {
        edges.add(ledger.from(r) + "->" + ledger.to(r));
      }
    }
    List<String> names = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      names.add(ledger.accounts().name(a));
    }
    List<List<String>> all = new ArrayList<>();
    permutations(new ArrayList<>(), names, edges, all);
    all.sort(BruteForceCycles::lexicographic);
    int max = options.maxResults();
    return new ExpectedStatic(new ArrayList<>(all.subList(0, Math.min(max, all.size()))), all.size() > max);
  }

  private void permutations(List<String> seq, List<String> names, Set<String> edges, List<List<String>> out) {
    if (seq.size() >= 2) {
      boolean closes = edges.contains(seq.get(seq.size() - 1) + "->" + seq.get(0));
      boolean smallestFirst = seq.stream().allMatch(a -> a.compareTo(seq.get(0)) >= 0);
      boolean chained = true;
      for (int i = 1; i < seq.size(); i++) {
        chained &= edges.contains(seq.get(i - 1) + "->" + seq.get(i));
      }
      if (closes && smallestFirst && chained) {
        out.add(new ArrayList<>(seq));
      }
    }
    if (seq.size() == options.maxLength()) {
      return;
    }
    for (String a : names) {
      if (!seq.contains(a)) {
        seq.add(a);
        permutations(seq, names, edges, out);
        seq.remove(seq.size() - 1);
      }
    }
  }
}
