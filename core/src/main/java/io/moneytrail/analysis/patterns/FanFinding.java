package io.moneytrail.analysis.patterns;

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
 * @param start time of the first payment
 * @param end time of the last payment
 * @param totals sum of the burst's payments per currency (minor units at the ledger's scale)
 * @param options the rule's options
 */
public record FanFinding(Direction direction, String account, List<String> counterparties, List<String> transactions,
    Instant start, Instant end, List<Money> totals, FanOptions options) implements PatternFinding {

  /** Copies the lists into unmodifiable ones. */
  public FanFinding {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(account, "account");
    counterparties = List.copyOf(counterparties);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    Objects.requireNonNull(options, "options");
  }

  @Override
  public String rule() {
    return (direction == Direction.SENT ? "fan-out: " : "fan-in: ") + options.describe();
  }

  @Override
  public PatternKind kind() {
    return direction == Direction.SENT ? PatternKind.FANOUT : PatternKind.FANIN;
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
    return List.of(kind().id(), account, Integer.toString(counterparties.size()), Trees.join(counterparties),
        start.toString(), end.toString(), Trees.currency(totals), Trees.total(totals),
        Integer.toString(transactions.size()), Trees.join(transactions), rule());
  }
}
