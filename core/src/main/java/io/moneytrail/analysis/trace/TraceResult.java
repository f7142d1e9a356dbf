package io.moneytrail.analysis.trace;

import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a trace. All amounts are minor units at {@link #scale()} in {@link #currency()}.
 *
 * @param start where the trace started, as asked
 * @param options the options it ran with
 * @param currency the trace currency (other currencies are other money and are not traced)
 * @param scale decimal digits of the minor units
 * @param startSummary what the start amounted to
 * @param flows every followed transaction carrying traced money, sorted by hop, then time, then
 *     ledger row
 * @param accounts every account the trace touched, sorted by account key
 * @param endpoints accounts where traced money rests, originates (backward) or was stopped, ranked
 *     by amount (largest first), then account key
 * @param conservation the exact accounting of the start amount
 * @param truncated whether the cap on traced transactions was hit (then some money was booked as
 *     truncated instead of followed)
 * @param assumptions the modelling assumptions behind the figures, in words
 */
public record TraceResult(
    TraceStart start,
    TraceOptions options,
    String currency,
    int scale,
    StartSummary startSummary,
    List<TraceFlow> flows,
    List<TracedAccount> accounts,
    List<Endpoint> endpoints,
    Conservation conservation,
    boolean truncated,
    List<String> assumptions) {

  /** Copies the lists. */
  public TraceResult {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(startSummary, "startSummary");
    Objects.requireNonNull(conservation, "conservation");
    flows = List.copyOf(flows);
    accounts = List.copyOf(accounts);
    endpoints = List.copyOf(endpoints);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * @param minorUnits an amount of this result
   * @return it as an exact decimal string, e.g. {@code "12.50"}
   */
  public String format(long minorUnits) {
    return Money.format(minorUnits, scale);
  }

  /**
   * The ledger rows of the followed transactions, e.g. to assign roles with
   * {@code io.moneytrail.analysis.roles.AccountRoles}.
   *
   * @return the rows of {@link #flows()} in flow order
   */
  public int[] flowRows() {
    return flows.stream().mapToInt(TraceFlow::row).toArray();
  }

  /**
   * @param account an account key
   * @return its figures, or empty when the trace did not touch it
   */
  public Optional<TracedAccount> account(String account) {
    return accounts.stream().filter(a -> a.account().equals(account)).findFirst();
  }

  /**
   * What the start amounted to.
   *
   * @param account the start account (for a transaction start: forward its payer, backward its
   *     receiver, the side the traced money starts from)
   * @param transaction the start transaction id, empty for an account start
   * @param requested the requested amount in minor units, empty when all of the account's money in
   *     the window was traced
   * @param amount the traced amount at the start in minor units (at most the requested amount)
   * @param transactions how many transactions make up the start
   * @param first time of the first start transaction, empty when there is none
   * @param last time of the last start transaction, empty when there is none
   */
  public record StartSummary(
      String account,
      Optional<String> transaction,
      Optional<Long> requested,
      long amount,
      int transactions,
      Optional<Instant> first,
      Optional<Instant> last) {}

  /**
   * One transaction carrying traced money.
   *
   * @param row the ledger row
   * @param transaction its id
   * @param time its time
   * @param from paying account
   * @param to receiving account
   * @param hop 1 for a start transaction; otherwise one more than the smallest hop of the traced
   *     money it carries (forward: money in the payer; backward: money demanded from the receiver)
   * @param amount traced minor units it carries
   * @param transactionAmount its full amount in minor units
   * @param start whether it is a start transaction
   */
  public record TraceFlow(
      int row,
      String transaction,
      Instant time,
      String from,
      String to,
      int hop,
      long amount,
      long transactionAmount,
      boolean start) {}

  /**
   * Traced figures of one account. Forward: {@code received = sent + cut + resting} for every
   * account except the start account (whose start payments are in {@code sent}) and stop accounts
   * (whose receipts are {@code stopped}). Backward: {@code sent = received + cut + resting} except
   * for the start account (whose start receipts are in {@code received}) and stop accounts.
   *
   * @param account account key
   * @param received traced money it received in followed transactions
   * @param sent traced money it paid in followed transactions
   * @param resting forward: traced money still in it at the end of the data; backward: traced money
   *     that originates here (its own funds or funds not in the data)
   * @param stopped traced money stopped here (stop accounts)
   * @param cut traced money that left it (forward) or was drawn from it (backward) in transactions
   *     not followed (dust, horizon, hop limit, cap)
   * @param firstHop the smallest hop of a followed transaction touching it
   * @param role start, stop or intermediate
   */
  public record TracedAccount(
      String account, long received, long sent, long resting, long stopped, long cut, int firstHop, Role role) {}

  /** The part an account plays in the trace mechanics (for roles in the sense of the investigation, see the roles package). */
  public enum Role {
    /** The start account (for a transaction start: forward its payer, backward its receiver). */
    START,
    /** A stop account. */
    STOP,
    /** Any other account. */
    INTERMEDIATE
  }

  /**
   * An endpoint: where traced money ends.
   *
   * @param account account key
   * @param amount minor units
   * @param kind resting, origin (backward) or stopped
   */
  public record Endpoint(String account, long amount, EndpointKind kind) {}

  /** How traced money ends at an endpoint. */
  public enum EndpointKind {
    /** Forward: the money is still in the account at the end of the data. */
    RESTING,
    /** Backward: the money originates in the account (its own funds or funds not in the data). */
    ORIGIN,
    /** The account is a stop account. */
    STOPPED
  }

  /**
   * The exact accounting of the start amount, in minor units:
   * {@code start = resting + stopped + dust + beyondHorizon + beyondHopLimit + truncated}. For the
   * poison method it does not hold and is not meant to ({@link #exempt()}).
   *
   * @param start traced amount at the start
   * @param resting resting at (forward) or originating in (backward) the endpoints
   * @param stopped stopped at stop accounts
   * @param dust cut because a transaction carried less than the dust limit
   * @param beyondHorizon carried by transactions outside the time window
   * @param beyondHopLimit carried by transactions beyond the hop limit
   * @param truncated not followed because the cap on traced transactions was hit
   * @param dustTransactions how many transactions were cut as dust
   * @param horizonTransactions how many traced transactions lay beyond the horizon
   * @param hopLimitTransactions how many traced transactions lay beyond the hop limit
   * @param truncatedTransactions how many traced transactions were dropped by the cap
   * @param exempt true for poison (an upper bound: amounts are not conserved)
   * @param holds whether the equation holds exactly
   * @param statement the equation in words with decimal amounts
   */
  public record Conservation(
      long start,
      long resting,
      long stopped,
      long dust,
      long beyondHorizon,
      long beyondHopLimit,
      long truncated,
      int dustTransactions,
      int horizonTransactions,
      int hopLimitTransactions,
      int truncatedTransactions,
      boolean exempt,
      boolean holds,
      String statement) {}
}
