package io.moneytrail.analysis.cycles;

import io.moneytrail.ledger.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One temporal cycle: {@code k} transactions {@code t1..tk} where {@code ti} pays from
 * {@code accounts.get(i-1)} to {@code accounts.get(i)} (and {@code tk} back to
 * {@code accounts.get(0)}), in time order.
 *
 * @param accounts the k distinct account keys in cycle order; the first pays {@code t1}
 * @param transactionIds the k transaction ids in cycle order
 * @param rows the k ledger rows in cycle order (same order as the ids)
 * @param start timestamp of {@code t1}
 * @param end timestamp of {@code tk}
 * @param amounts the exact amount of each hop with its currency, in cycle order
 * @param currency the currency shared by all hops, or empty when the hops mix currencies (only
 *     possible with amount rules off)
 * @param totals the sum of the hop amounts per currency code, in minor units
 * @param minimumHops the smallest hop amount per currency code, in minor units
 */
public record Cycle(
    List<String> accounts,
    List<String> transactionIds,
    List<Integer> rows,
    Instant start,
    Instant end,
    List<Money> amounts,
    Optional<String> currency,
    SortedMap<String, Long> totals,
    SortedMap<String, Long> minimumHops) {

  /** Copies every collection into an unmodifiable one and checks that the lengths agree. */
  public Cycle {
    accounts = List.copyOf(accounts);
    transactionIds = List.copyOf(transactionIds);
    rows = List.copyOf(rows);
    amounts = List.copyOf(amounts);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(currency, "currency");
    totals = Collections.unmodifiableSortedMap(new TreeMap<>(totals));
    minimumHops = Collections.unmodifiableSortedMap(new TreeMap<>(minimumHops));
    int k = accounts.size();
    if (k < 2 || transactionIds.size() != k || rows.size() != k || amounts.size() != k) {
      throw new IllegalArgumentException("a cycle needs k >= 2 accounts, ids, rows and amounts, was " + accounts.size()
          + "/" + transactionIds.size() + "/" + rows.size() + "/" + amounts.size());
    }
  }

  /** @return the number of hops k */
  public int length() {
    return accounts.size();
  }

  /** @return {@code end - start} */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** @return each hop's amount in minor units, in cycle order */
  public List<Long> amountsMinor() {
    return amounts.stream().map(Money::minorUnits).toList();
  }

  /** @return each hop's amount as a plain decimal string such as {@code "12.50"}, in cycle order */
  public List<String> amountStrings() {
    return amounts.stream().map(Money::toDecimalString).toList();
  }

  /** @return each hop's currency code, in cycle order */
  public List<String> currencies() {
    return amounts.stream().map(Money::currency).toList();
  }

  /** @return the total of all hops when they share one currency, else empty */
  public Optional<Money> total() {
    return currency.map(c -> Money.of(totals.get(c), amounts.get(0).scale(), c));
  }

  /** @return the smallest hop when all hops share one currency, else empty */
  public Optional<Money> minimumHop() {
    return currency.map(c -> Money.of(minimumHops.get(c), amounts.get(0).scale(), c));
  }

  /**
   * The cycle as a JSON-ready tree, as listed under {@code cycles} by {@link CycleResult#toJsonTree()}:
   * {@code accounts}, {@code transactions} (ids), {@code start}, {@code end}, {@code amounts} (decimal
   * strings), {@code currency}, {@code length}, {@code currencies}, {@code total} and
   * {@code minimumHop} (when one currency) and {@code rows} (ledger rows). Keys are never renamed.
   *
   * @return the tree (insertion-ordered)
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accounts", accounts);
    m.put("transactions", transactionIds);
    m.put("start", start.toString());
    m.put("end", end.toString());
    m.put("amounts", amountStrings());
    m.put("currency", currency.orElse(String.join("+", totals.keySet())));
    m.put("length", length());
    m.put("currencies", currencies());
    total().ifPresent(t -> m.put("total", t.toDecimalString()));
    minimumHop().ifPresent(t -> m.put("minimumHop", t.toDecimalString()));
    m.put("rows", rows);
    return m;
  }
}
