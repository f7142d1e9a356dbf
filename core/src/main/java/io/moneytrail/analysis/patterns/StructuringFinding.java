package io.moneytrail.analysis.patterns;

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
 * @param start time of the first payment
 * @param end time of the last payment
 * @param totals sum of the payments per currency
 * @param options the rule's options
 */
public record StructuringFinding(String account, Direction direction, List<String> counterparties,
    List<String> transactions, Instant start, Instant end, List<Money> totals, StructuringOptions options)
    implements PatternFinding {

  /** Copies the lists into unmodifiable ones. */
  public StructuringFinding {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(direction, "direction");
    counterparties = List.copyOf(counterparties);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    Objects.requireNonNull(options, "options");
  }

  @Override
  public PatternKind kind() {
    return PatternKind.STRUCTURING;
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
    return List.of(kind().id(), account, directionName(), Integer.toString(counterparties.size()),
        Trees.join(counterparties), start.toString(), end.toString(), Trees.currency(totals), Trees.total(totals),
        Integer.toString(transactions.size()), Trees.join(transactions), rule());
  }
}
