package io.moneytrail.analysis.trace;

import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.ledger.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

  /**
   * The trace as a JSON-ready tree, the machine-readable contract of {@code moneytrail trace --json}:
   * {@code parameters} (direction, method, maxHops, minAmount, since, until, stopAccounts,
   * maxTracedTransactions, currency, scale), {@code start}, {@code flows} (each traced transaction
   * with its hop and traced amount), {@code accounts} (received, sent, resting, role from the role
   * rules, stopped, cut, firstHop, traceRole, victimLike, roleReasons), {@code endpoints},
   * {@code conservation} (the exact statement and its parts), {@code truncated} and
   * {@code assumptions}. Amounts are decimal strings in {@link #currency()}. Keys are never renamed.
   *
   * @param accountRoles the role of each traced account in the traced flow
   *     ({@link io.moneytrail.analysis.roles.AccountRoles#assign} on {@link #flowRows()}); accounts
   *     without one get role {@code none}
   * @return the tree (insertion-ordered)
   */
  public Map<String, Object> toJsonTree(List<AccountRole> accountRoles) {
    TraceResult r = this;
    Map<String, AccountRole> roles = new LinkedHashMap<>();
    for (AccountRole role : accountRoles) {
      roles.put(role.account(), role);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    TraceOptions o = r.options();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("direction", o.direction().name().toLowerCase(Locale.ROOT));
    parameters.put("method", o.method().name().toLowerCase(Locale.ROOT));
    parameters.put("maxHops", o.maxHops());
    parameters.put("minAmount", o.minAmount().toPlainString());
    parameters.put("since", o.since().map(Instant::toString).orElse(null));
    parameters.put("until", o.until().map(Instant::toString).orElse(null));
    parameters.put("stopAccounts", List.copyOf(o.stopAccounts()));
    parameters.put("maxTracedTransactions", o.maxTracedTransactions());
    parameters.put("currency", r.currency());
    parameters.put("scale", r.scale());
    doc.put("parameters", parameters);

    TraceResult.StartSummary s = r.startSummary();
    Map<String, Object> startDoc = new LinkedHashMap<>();
    startDoc.put("account", s.account());
    startDoc.put("transaction", s.transaction().orElse(null));
    startDoc.put("requested", s.requested().map(r::format).orElse(null));
    startDoc.put("amount", r.format(s.amount()));
    startDoc.put("transactions", s.transactions());
    startDoc.put("first", s.first().map(Instant::toString).orElse(null));
    startDoc.put("last", s.last().map(Instant::toString).orElse(null));
    doc.put("start", startDoc);

    List<Object> flows = new ArrayList<>();
    for (TraceFlow f : r.flows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("transaction", f.transaction());
      m.put("hop", f.hop());
      m.put("amount", r.format(f.amount()));
      m.put("time", f.time().toString());
      m.put("from", f.from());
      m.put("to", f.to());
      m.put("transactionAmount", r.format(f.transactionAmount()));
      flows.add(m);
    }
    doc.put("flows", flows);

    List<Object> accounts = new ArrayList<>();
    for (TracedAccount a : r.accounts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("account", a.account());
      m.put("received", r.format(a.received()));
      m.put("sent", r.format(a.sent()));
      m.put("resting", r.format(a.resting()));
      AccountRole role = roles.get(a.account());
      m.put("role", role == null ? "none" : role.role().name().toLowerCase(Locale.ROOT));
      m.put("stopped", r.format(a.stopped()));
      m.put("cut", r.format(a.cut()));
      m.put("firstHop", a.firstHop());
      m.put("traceRole", a.role().name().toLowerCase(Locale.ROOT));
      m.put("victimLike", role != null && role.victimLike());
      m.put("roleReasons", role == null ? List.of() : role.reasons());
      accounts.add(m);
    }
    doc.put("accounts", accounts);

    List<Object> endpoints = new ArrayList<>();
    for (Endpoint e : r.endpoints()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("account", e.account());
      m.put("amount", r.format(e.amount()));
      m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
      endpoints.add(m);
    }
    doc.put("endpoints", endpoints);

    Conservation c = r.conservation();
    Map<String, Object> cons = new LinkedHashMap<>();
    cons.put("start", r.format(c.start()));
    cons.put(o.direction() == Direction.FORWARD ? "resting" : "origin", r.format(c.resting()));
    cons.put("stopped", r.format(c.stopped()));
    cons.put("dust", r.format(c.dust()));
    cons.put("beyondHorizon", r.format(c.beyondHorizon()));
    cons.put("beyondHopLimit", r.format(c.beyondHopLimit()));
    cons.put("truncated", r.format(c.truncated()));
    cons.put("dustTransactions", c.dustTransactions());
    cons.put("horizonTransactions", c.horizonTransactions());
    cons.put("hopLimitTransactions", c.hopLimitTransactions());
    cons.put("truncatedTransactions", c.truncatedTransactions());
    cons.put("exempt", c.exempt());
    cons.put("holds", c.holds());
    cons.put("statement", c.statement());
    doc.put("conservation", cons);
    doc.put("truncated", r.truncated());
    doc.put("assumptions", r.assumptions());
    return doc;
  }
}
