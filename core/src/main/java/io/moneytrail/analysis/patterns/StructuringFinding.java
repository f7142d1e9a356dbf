package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.Trees;
import io.moneytrail.ledger.RowList;
import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A burst of payments just under a reporting threshold, by one sender or into one receiver.
 *
 * @param account the account key
 * @param direction {@link Direction#SENT}: the account made the payments; {@link Direction#RECEIVED}:
 *     it received them
 * @param counterparties the distinct other parties of the payments, sorted
 * @param transactions ids of the payments, by time then ledger order
 * @param rows the ledger rows of those payments, same order
 * @param start time of the first payment
 * @param end time of the last payment
 * @param totals sum of the payments per currency
 * @param options the rule's options
 */
public record StructuringFinding(String account, Direction direction, List<String> counterparties,
    List<String> transactions, RowList rows, Instant start, Instant end, List<Money> totals, StructuringOptions options)
    implements Finding {

  /** The columns of {@link #toRow()}. */
  public static final List<String> COLUMNS = List.of("kind", "account", "direction", "counterparty_count",
      "counterparties", "start", "end", "currency", "total", "transaction_count", "transactions", "rule");

  /** Copies the lists into unmodifiable ones. */
  public StructuringFinding {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(direction, "direction");
    counterparties = List.copyOf(counterparties);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    Objects.requireNonNull(options, "options");
  }

  @Override
  public Detector detector() {
    return Detector.STRUCTURING;
  }

  /** @return the account */
  @Override
  public List<String> subjects() {
    return List.of(account);
  }

  /** @return payments over the rule's least number, less one (full at twice) */
  @Override
  public double exceedance() {
    return Finding.beyond(transactions.size(), options.minCount());
  }

  /** @return account and direction (structuring findings are sorted by start, account, direction, end) */
  @Override
  public List<String> orderKeys() {
    return List.of(account, Integer.toString(direction.ordinal()));
  }

  /** @return {@code "sent"} or {@code "received"} */
  private String directionName() {
    return direction.name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Structuring: {@code account}, {@code direction} ({@code "sent"}: the account made the
   * payments, {@code "received"}: it received them), {@code counterparties} (sorted keys), then the
   * common evidence ({@code total}: the sum of the payments).
   */
  @Override
  public Map<String, Object> toJsonTree() {
    Map<String, Object> tree = Trees.start(this);
    tree.put("account", account);
    tree.put("direction", directionName());
    tree.put("counterparties", counterparties);
    Trees.evidence(tree, this);
    tree.put("rule", rule());
    return tree;
  }

  @Override
  public List<String> toRow() {
    return List.of(detector().id(), account, directionName(), Integer.toString(counterparties.size()),
        Trees.join(counterparties), start.toString(), end.toString(), Trees.currency(totals), Trees.total(totals),
        Integer.toString(transactions.size()), Trees.join(transactions), rule());
  }
}
