package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.Trees;
import io.moneytrail.ledger.RowList;
import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fan-out or fan-in burst of an account.
 *
 * @param direction {@link Direction#SENT} for fan-out (the account pays), {@link Direction#RECEIVED}
 *     for fan-in (the account is paid)
 * @param account the account key
 * @param counterparties the distinct receivers (fan-out) or senders (fan-in) of the burst, sorted
 * @param transactions ids of the burst's payments, by time then ledger order
 * @param rows the ledger rows of those payments, same order
 * @param start time of the first payment
 * @param end time of the last payment
 * @param totals sum of the burst's payments per currency (minor units at the ledger's scale)
 * @param options the rule's options
 */
public record FanFinding(Direction direction, String account, List<String> counterparties, List<String> transactions,
    RowList rows, Instant start, Instant end, List<Money> totals, BurstOptions options) implements Finding {

  /** The columns of {@link #toRow()}. */
  public static final List<String> COLUMNS = List.of("kind", "account", "counterparty_count", "counterparties",
      "start", "end", "currency", "total", "transaction_count", "transactions", "rule");

  /** Copies the lists into unmodifiable ones. */
  public FanFinding {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(account, "account");
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
    return direction == Direction.SENT ? Detector.FAN_OUT : Detector.FAN_IN;
  }

  /** @return the account */
  @Override
  public List<String> subjects() {
    return List.of(account);
  }

  /** @return distinct counterparties over the rule's least number, less one (full at twice) */
  @Override
  public double exceedance() {
    return Finding.beyond(counterparties.size(), options.minCounterparties());
  }

  /** @return the account (fan findings are sorted by start, account, end) */
  @Override
  public List<String> orderKeys() {
    return List.of(account);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Fan-out and fan-in: {@code account}, {@code counterparties} (sorted keys), then the common
   * evidence; {@code total} is the sum of the burst's payments.
   */
  @Override
  public Map<String, Object> toJsonTree() {
    Map<String, Object> tree = Trees.start(this);
    tree.put("account", account);
    tree.put("counterparties", counterparties);
    Trees.evidence(tree, this);
    tree.put("rule", rule());
    return tree;
  }

  @Override
  public List<String> toRow() {
    return List.of(detector().id(), account, Integer.toString(counterparties.size()), Trees.join(counterparties),
        start.toString(), end.toString(), Trees.currency(totals), Trees.total(totals),
        Integer.toString(transactions.size()), Trees.join(transactions), rule());
  }
}
