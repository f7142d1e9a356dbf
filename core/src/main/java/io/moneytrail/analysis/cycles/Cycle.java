package io.moneytrail.analysis.cycles;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.Trees;
import io.moneytrail.ledger.Money;
import io.moneytrail.ledger.RowList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One temporal cycle: {@code k} transactions {@code t1..tk} where {@code ti} pays from
 * {@code accounts.get(i-1)} to {@code accounts.get(i)} (and {@code tk} back to
 * {@code accounts.get(0)}), in time order.
 *
 * @param accounts the k distinct account keys in cycle order; the first pays {@code t1}
 * @param transactions the k transaction ids in cycle order
 * @param rows the k ledger rows in cycle order (same order as the ids)
 * @param start timestamp of {@code t1}
 * @param end timestamp of {@code tk}
 * @param amounts the exact amount of each hop with its currency, in cycle order
 * @param totals the sum of the hop amounts per currency, sorted by currency code
 * @param minimumHops the smallest hop amount per currency, sorted by currency code
 * @param options the search's options (the rule)
 */
public record Cycle(
    List<String> accounts,
    List<String> transactions,
    RowList rows,
    Instant start,
    Instant end,
    List<Money> amounts,
    List<Money> totals,
    List<Money> minimumHops,
    CycleOptions options) implements Finding {

  /** The columns of {@link #toRow()}. */
  public static final List<String> COLUMNS = List.of("kind", "accounts", "start", "end", "hops", "currency", "amounts",
      "total", "transaction_count", "transactions", "rule");

  /** Copies every collection into an unmodifiable one and checks that the lengths agree. */
  public Cycle {
    accounts = List.copyOf(accounts);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(rows, "rows");
    amounts = List.copyOf(amounts);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    minimumHops = List.copyOf(minimumHops);
    Objects.requireNonNull(options, "options");
    int k = accounts.size();
    if (k < 2 || transactions.size() != k || rows.size() != k || amounts.size() != k) {
      throw new IllegalArgumentException("a cycle needs k >= 2 accounts, ids, rows and amounts, was " + accounts.size()
          + "/" + transactions.size() + "/" + rows.size() + "/" + amounts.size());
    }
  }

  @Override
  public Detector detector() {
    return Detector.CYCLES;
  }

  /** @return every account of the cycle, in cycle order */
  @Override
  public List<String> subjects() {
    return accounts;
  }

  /** @return the transaction ids in cycle order (cycles are sorted by start, these ids, then rows) */
  @Override
  public List<String> orderKeys() {
    return transactions;
  }

  /** @return hops beyond two, in quarters: 0 for two accounts, full from six */
  @Override
  public double exceedance() {
    return Math.max(0, Math.min(1, (length() - 2) / 4.0));
  }

  /** @return the smallest hop over the first (one currency): how much of the money came back round */
  @Override
  public double passThrough() {
    if (amounts.isEmpty() || minimumHops.size() != 1 || amounts.get(0).minorUnits() <= 0) {
      return 0;
    }
    return Math.min(1, (double) minimumHops.get(0).minorUnits() / amounts.get(0).minorUnits());
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

  /** @return the currency shared by all hops, or empty when they mix currencies (only possible with amount rules off) */
  public Optional<String> currency() {
    return totals.size() == 1 ? Optional.of(totals.get(0).currency()) : Optional.empty();
  }

  /** @return the total of all hops when they share one currency, else empty */
  public Optional<Money> total() {
    return totals.size() == 1 ? Optional.of(totals.get(0)) : Optional.empty();
  }

  /** @return the smallest hop when all hops share one currency, else empty */
  public Optional<Money> minimumHop() {
    return minimumHops.size() == 1 ? Optional.of(minimumHops.get(0)) : Optional.empty();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Cycles: {@code kind}, {@code accounts}, {@code transactions} (ids), {@code start},
   * {@code end}, {@code amounts} (decimal strings per hop), {@code currency}, {@code length},
   * {@code currencies} (per hop), {@code total} (the sum of the hops), {@code minimumHop} (when one
   * currency), {@code totals}, {@code rows} (ledger rows) and {@code rule}.
   */
  @Override
  public Map<String, Object> toJsonTree() {
    Map<String, Object> m = Trees.start(this);
    m.put("accounts", accounts);
    m.put("transactions", transactions);
    m.put("start", start.toString());
    m.put("end", end.toString());
    m.put("amounts", amountStrings());
    m.put("currency", Trees.currency(totals));
    m.put("length", length());
    m.put("currencies", currencies());
    m.put("total", Trees.total(totals));
    minimumHop().ifPresent(t -> m.put("minimumHop", t.toDecimalString()));
    m.put("totals", Trees.perCurrency(totals));
    m.put("rows", List.copyOf(rows));
    m.put("rule", rule());
    return m;
  }

  @Override
  public List<String> toRow() {
    return List.of(detector().id(), Trees.join(accounts), start.toString(), end.toString(), Integer.toString(length()),
        Trees.currency(totals), Trees.join(amountStrings()), Trees.total(totals), Integer.toString(length()),
        Trees.join(transactions), rule());
  }
}
