package io.moneytrail.analysis.patterns;

import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.List;
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
}
