package io.moneytrail.analysis.trace;

import io.moneytrail.analysis.AmountFloor;
import io.moneytrail.analysis.OptionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Options of a trace. Immutable and validated; start from {@link #defaults()} and use the withers.
 *
 * @param direction {@link Direction#FORWARD} (where did it go) or backward (where did it come from)
 * @param method how traced money is told apart from other money in an account
 * @param maxHops the longest chain of transactions followed from the start (1 to 1000; default 10);
 *     traced money that would need a longer chain is booked as beyond the hop limit
 * @param minAmount dust: a transaction (other than a start transaction) carrying less traced money
 *     than this is not followed and its traced amount is booked as cut; exact decimal in the trace
 *     currency, compared as minor units &gt;= ceil(minAmount * 10^scale); default 0 (nothing cut)
 * @param since start of the time window (inclusive): the start account's transactions before it
 *     are not part of the start; backward, transactions before it are beyond the horizon
 * @param until end of the time window (inclusive): the start account's transactions after it are
 *     not part of the start; forward, transactions after it are beyond the horizon
 * @param stopAccounts accounts where the trace ends (known exchanges, cash-out points): traced money
 *     reaching one is booked as stopped there and not followed further (the start account is never
 *     a stop)
 * @param maxTracedTransactions cap on recorded traced transactions (1 to 50,000,000; default
 *     100,000); money that would need more is booked as truncated and the result says so
 */
public record TraceOptions(
    Direction direction,
    AllocationMethod method,
    int maxHops,
    BigDecimal minAmount,
    Optional<Instant> since,
    Optional<Instant> until,
    Set<String> stopAccounts,
    int maxTracedTransactions) {

  /** Default hop limit. */
  public static final int DEFAULT_MAX_HOPS = 10;
  /** Default cap on traced transactions. */
  public static final int DEFAULT_MAX_TRACED_TRANSACTIONS = 100_000;

  /** Validates every option; copies the stop accounts into a sorted immutable set. */
  public TraceOptions {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(minAmount, "minAmount");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(stopAccounts, "stopAccounts");
    if (maxHops < 1 || maxHops > 1000) {
      throw new OptionException("maxHops", Integer.toString(maxHops), "must be between 1 and 1000, was " + maxHops);
    }
    if (minAmount.signum() < 0) {
      throw new OptionException("minAmount", minAmount.toPlainString(), "must be >= 0, was " + minAmount.toPlainString());
    }
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new OptionException("since", since.get().toString(), "(" + since.get() + ") must not be after {until} (" + until.get() + ")");
    }
    if (maxTracedTransactions < 1 || maxTracedTransactions > 50_000_000) {
      throw new OptionException("maxTracedTransactions", Integer.toString(maxTracedTransactions),
          "must be between 1 and 50000000, was " + maxTracedTransactions);
    }
    TreeSet<String> sorted = new TreeSet<>();
    for (String account : stopAccounts) {
      if (account == null || account.isEmpty()) {
        throw new OptionException("stopAccounts", "", "must not contain an empty account");
      }
      sorted.add(account);
    }
    stopAccounts = java.util.Collections.unmodifiableSortedSet(sorted);
  }

  /** @return forward, FIFO, 10 hops, no dust limit, no window, no stop accounts, cap 100,000 */
  public static TraceOptions defaults() {
    return new TraceOptions(Direction.FORWARD, AllocationMethod.FIFO, DEFAULT_MAX_HOPS, BigDecimal.ZERO,
        Optional.empty(), Optional.empty(), Set.of(), DEFAULT_MAX_TRACED_TRANSACTIONS);
  }

  /**
   * @param value the direction
   * @return a copy with it
   */
  public TraceOptions withDirection(Direction value) {
    return new TraceOptions(value, method, maxHops, minAmount, since, until, stopAccounts, maxTracedTransactions);
  }

  /**
   * @param value the allocation method
   * @return a copy with it
   */
  public TraceOptions withMethod(AllocationMethod value) {
    return new TraceOptions(direction, value, maxHops, minAmount, since, until, stopAccounts, maxTracedTransactions);
  }

  /**
   * @param value the hop limit (1 to 1000)
   * @return a copy with it
   */
  public TraceOptions withMaxHops(int value) {
    return new TraceOptions(direction, method, value, minAmount, since, until, stopAccounts, maxTracedTransactions);
  }

  /**
   * @param value the dust limit (exact decimal, &gt;= 0)
   * @return a copy with it
   */
  public TraceOptions withMinAmount(BigDecimal value) {
    return new TraceOptions(direction, method, maxHops, value, since, until, stopAccounts, maxTracedTransactions);
  }

  /**
   * @param value start of the window (inclusive)
   * @return a copy with it
   */
  public TraceOptions withSince(Instant value) {
    return new TraceOptions(direction, method, maxHops, minAmount, Optional.of(value), until, stopAccounts,
        maxTracedTransactions);
  }

  /**
   * @param value end of the window (inclusive)
   * @return a copy with it
   */
  public TraceOptions withUntil(Instant value) {
    return new TraceOptions(direction, method, maxHops, minAmount, since, Optional.of(value), stopAccounts,
        maxTracedTransactions);
  }

  /**
   * @param value account keys where the trace ends
   * @return a copy with them
   */
  public TraceOptions withStopAccounts(Set<String> value) {
    return new TraceOptions(direction, method, maxHops, minAmount, since, until, value, maxTracedTransactions);
  }

  /**
   * @param value cap on traced transactions
   * @return a copy with it
   */
  public TraceOptions withMaxTracedTransactions(int value) {
    return new TraceOptions(direction, method, maxHops, minAmount, since, until, stopAccounts, value);
  }

  /**
   * The dust limit at a ledger's scale: a traced amount is followed when the floor admits it.
   *
   * @param scale decimal digits of the ledger's minor units
   * @return the floor of {@link AmountFloor#of}: at least ceil(minAmount * 10^scale)
   */
  public AmountFloor minAmountFloor(int scale) {
    return AmountFloor.of(minAmount, scale);
  }
}
