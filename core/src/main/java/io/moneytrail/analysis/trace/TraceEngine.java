package io.moneytrail.analysis.trace;

import io.moneytrail.analysis.AmountFloor;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.trace.TraceResult.Conservation;
import io.moneytrail.analysis.trace.TraceResult.Endpoint;
import io.moneytrail.analysis.trace.TraceResult.EndpointKind;
import io.moneytrail.analysis.trace.TraceResult.Role;
import io.moneytrail.analysis.trace.TraceResult.StartSummary;
import io.moneytrail.analysis.trace.TraceResult.TraceFlow;
import io.moneytrail.analysis.trace.TraceResult.TracedAccount;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of a trace: the sweep over the ledger and the bookkeeping. See {@link Tracer}. */
final class TraceEngine {
  private static final Logger LOG = LoggerFactory.getLogger(Tracer.class);

  private final TemporalIndex ix;
  private final Ledger ledger;
  private final TraceStart start;
  private final TraceOptions o;
  private final boolean forward;
  private final AllocationMethod method;
  private final long sinceMs;
  private final long untilMs;
  private final AmountFloor dust;
  private final boolean[] stop;
  private final int n;

  private int currency = -1;
  private String currencyCode = "";
  private int startAccount = -1;
  private int startRow = -1;
  private long budget = Long.MAX_VALUE;
  private Optional<Long> requested = Optional.empty();

  private final Pool[] pools;
  private final long[] received;
  private final long[] sent;
  private final long[] resting;
  private final long[] stopped;
  private final long[] cut;
  private final int[] firstHop;

  private int[] flowRows = new int[16];
  private int[] flowHops = new int[16];
  private long[] flowAmounts = new long[16];
  private boolean[] flowStart = new boolean[16];
  private int flowCount;

  private long startTotal;
  private int startCount;
  private long firstStart = Long.MAX_VALUE;
  private long lastStart = Long.MIN_VALUE;
  private long stoppedTotal;
  private long dustTotal;
  private long horizonTotal;
  private long hopTotal;
  private long truncTotal;
  private int dustCount;
  private int horizonCount;
  private int hopCount;
  private int truncCount;

  TraceEngine(TemporalIndex ix, TraceStart start, TraceOptions options) {
    this.ix = ix;
    this.ledger = ix.ledger();
    this.start = start;
    this.o = options;
    this.forward = options.direction() == Direction.FORWARD;
    this.method = options.method();
    this.sinceMs = options.since().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
    this.untilMs = options.until().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    this.dust = options.minAmountFloor(ledger.scale());
    this.n = ix.accountCount();
    this.stop = new boolean[n];
    for (String s : options.stopAccounts()) {
      OptionalInt id = ledger.accounts().id(s);
      if (id.isPresent()) {
        stop[id.getAsInt()] = true;
      }
    }
    pools = new Pool[n];
    received = new long[n];
    sent = new long[n];
    resting = new long[n];
    stopped = new long[n];
    cut = new long[n];
    firstHop = new int[n];
    Arrays.fill(firstHop, Integer.MAX_VALUE);
  }

  TraceResult run() {
    resolveStart();
    if (forward) {
      sweepForward();
    } else {
      sweepBackward();
    }
    TraceResult result = build();
    LOG.debug("trace {} {} from {}: {} flows, start {}, truncated {}", o.direction(), method, start,
        result.flows().size(), startTotal, result.truncated());
    return result;
  }

  // ---------------------------------------------------------------- start

  private void resolveStart() {
    if (start instanceof TraceStart.FromTransaction t) {
      OptionalInt row = ledger.rowOf(t.txId());
      if (row.isEmpty()) {
        throw new OptionException("tx", t.txId(), "names no transaction of the data: " + t.txId());
      }
      int r = row.getAsInt();
      if (ix.amount(r) <= 0) {
        throw new OptionException("tx", t.txId(), "names a transaction with no positive amount");
      }
      if (ix.from(r) == ix.to(r)) {
        throw new OptionException("tx", t.txId(), "names a self-transfer");
      }
      if (ix.time(r) < sinceMs || ix.time(r) > untilMs) {
        throw new OptionException("tx", t.txId(), "names a transaction outside the time window ({since} .. {until})");
      }
      startRow = r;
      currency = ix.currency(r);
      currencyCode = ledger.currencies().get(currency);
      return;
    }
    TraceStart.FromAccount a = (TraceStart.FromAccount) start;
    OptionalInt id = ledger.accounts().id(a.account());
    if (id.isEmpty()) {
      throw new OptionException("from", a.account(), "names no account of the data: " + a.account());
    }
    startAccount = id.getAsInt();
    stop[startAccount] = false;
    if (a.currency().isPresent()) {
      currencyCode = a.currency().get();
      currency = ledger.currencies().indexOf(currencyCode);
    } else {
      TreeSet<String> used = new TreeSet<>();
      int begin = forward ? ix.outBegin(startAccount) : ix.inBegin(startAccount);
      int end = forward ? ix.outEnd(startAccount) : ix.inEnd(startAccount);
      for (int p = begin; p < end; p++) {
        int r = forward ? ix.outAt(p) : ix.inAt(p);
        if (ix.amount(r) > 0 && ix.from(r) != ix.to(r) && ix.time(r) >= sinceMs && ix.time(r) <= untilMs) {
          used.add(ledger.currencies().get(ix.currency(r)));
        }
      }
      if (used.size() > 1) {
        throw new OptionException("from", a.account(), (forward ? "pays" : "receives")
            + " in several currencies in the window " + used + "; choose one with {currency}");
      }
      if (used.size() == 1) {
        currencyCode = used.first();
        currency = ledger.currencies().indexOf(currencyCode);
      } else {
        currencyCode = ledger.currencies().stream().sorted().findFirst().orElse("");
        currency = -1;
      }
    }
    if (a.amount().isPresent()) {
      try {
        budget = a.amount().get().setScale(ledger.scale()).unscaledValue().longValueExact();
      } catch (ArithmeticException e) {
        throw new OptionException("amount", a.amount().get().toPlainString(), "cannot be held exactly at the "
            + "ledger's scale " + ledger.scale() + " (" + a.amount().get().toPlainString() + ")", e);
      }
      requested = Optional.of(budget);
    }
  }

  private boolean relevant(int r) {
    return ix.currency(r) == currency && ix.amount(r) > 0 && ix.from(r) != ix.to(r);
  }

  private boolean inWindow(long t) {
    return t >= sinceMs && t <= untilMs;
  }

  // ---------------------------------------------------------------- sweeps

  private void sweepForward() {
    boolean takeFront = method != AllocationMethod.LIFO;
    long[] bal = new long[n];
    int m = ix.size();
    for (int pos = 0; pos < m; pos++) {
      int r = ix.byTime(pos);
      if (!relevant(r)) {
        continue;
      }
      int p = ix.from(r);
      int q = ix.to(r);
      long a = ix.amount(r);
      long t = ix.time(r);
      long carried = 0;
      int hop = 0;
      boolean isStart = false;
      if (p == startAccount) {
        if (budget > 0 && inWindow(t)) {
          carried = Math.min(budget, a);
          budget -= carried;
          hop = 1;
          isStart = true;
        }
      } else if (r == startRow) {
        carried = a;
        hop = 1;
        isStart = true;
      } else {
        Pool pp = pools[p];
        if (pp != null) {
          long tr = pp.take(takeFront, Math.min(a, pp.size()));
          if (tr > 0) {
            carried = method == AllocationMethod.POISON ? a : tr;
            hop = pp.lastHop() + 1;
          }
        }
      }
      bal[p] = Math.max(0, bal[p] - a);
      if (isStart) {
        noteStart(carried, t);
      }
      boolean followed = carried > 0 && follow(r, t, carried, hop, isStart, p);
      Pool qp = pools[q];
      if (followed) {
        recordFlow(r, hop, carried, isStart, p, q);
        if (q == startAccount) {
          resting[q] += carried;
        } else if (stop[q]) {
          stopped[q] += carried;
          stoppedTotal += carried;
        } else {
          if (qp == null) {
            qp = Pool.create(method, bal[q]);
            pools[q] = qp;
          }
          qp.add(false, a, carried, hop);
        }
      } else if (qp != null) {
        qp.add(false, a, 0, 0);
      }
      bal[q] = Math.addExact(bal[q], a);
    }
  }

  private void sweepBackward() {
    boolean addFront = method == AllocationMethod.FIFO;
    int m = ix.size();
    long[] bal = new long[n];
    long[] payerBefore = new long[m];
    for (int pos = 0; pos < m; pos++) {
      int r = ix.byTime(pos);
      if (!relevant(r)) {
        continue;
      }
      int p = ix.from(r);
      payerBefore[r] = bal[p];
      bal[p] = Math.max(0, bal[p] - ix.amount(r));
      bal[ix.to(r)] = Math.addExact(bal[ix.to(r)], ix.amount(r));
    }
    for (int pos = m - 1; pos >= 0; pos--) {
      int r = ix.byTime(pos);
      if (!relevant(r)) {
        continue;
      }
      int p = ix.from(r);
      int q = ix.to(r);
      long a = ix.amount(r);
      long t = ix.time(r);
      long carried = 0;
      int hop = 0;
      boolean isStart = false;
      if (q == startAccount) {
        if (budget > 0 && inWindow(t)) {
          carried = Math.min(budget, a);
          budget -= carried;
          hop = 1;
          isStart = true;
        }
      } else if (r == startRow) {
        carried = a;
        hop = 1;
        isStart = true;
      } else {
        Pool qp = pools[q];
        if (qp != null) {
          long tr = qp.take(false, a);
          if (tr > 0) {
            carried = tr;
            hop = qp.lastHop() + 1;
          }
        }
      }
      if (isStart) {
        noteStart(carried, t);
      }
      long before = payerBefore[r];
      long drawn = Math.min(a, before);
      boolean followed = carried > 0 && follow(r, t, carried, hop, isStart, q);
      Pool pp = pools[p];
      if (followed) {
        recordFlow(r, hop, carried, isStart, p, q);
        if (p == startAccount) {
          resting[p] += carried;
        } else if (stop[p]) {
          stopped[p] += carried;
          stoppedTotal += carried;
        } else {
          long poolPart = MinorUnits.share(carried, drawn, a);
          resting[p] += carried - poolPart;
          if (pp == null) {
            pp = Pool.create(method, before - drawn);
            pools[p] = pp;
          }
          pp.add(addFront, drawn, poolPart, hop);
        }
      } else if (pp != null) {
        pp.add(addFront, drawn, 0, 0);
      }
    }
  }

  private void noteStart(long amount, long t) {
    startTotal += amount;
    startCount++;
    firstStart = Math.min(firstStart, t);
    lastStart = Math.max(lastStart, t);
  }

  /** Decides whether a transaction carrying traced money is followed; books it when not. */
  private boolean follow(int r, long t, long carried, int hop, boolean isStart, int cutAccount) {
    if (!isStart) {
      if (forward ? t > untilMs : t < sinceMs) {
        horizonTotal += carried;
        horizonCount++;
        cut[cutAccount] += carried;
        return false;
      }
      if (hop > o.maxHops()) {
        hopTotal += carried;
        hopCount++;
        cut[cutAccount] += carried;
        return false;
      }
      if (!dust.admits(carried)) {
        dustTotal += carried;
        dustCount++;
        cut[cutAccount] += carried;
        return false;
      }
    }
    if (flowCount >= o.maxTracedTransactions()) {
      truncTotal += carried;
      truncCount++;
      cut[cutAccount] += carried;
      return false;
    }
    return true;
  }

  private void recordFlow(int r, int hop, long carried, boolean isStart, int p, int q) {
    if (flowCount == flowRows.length) {
      int cap = flowCount * 2;
      flowRows = Arrays.copyOf(flowRows, cap);
      flowHops = Arrays.copyOf(flowHops, cap);
      flowAmounts = Arrays.copyOf(flowAmounts, cap);
      flowStart = Arrays.copyOf(flowStart, cap);
    }
    flowRows[flowCount] = r;
    flowHops[flowCount] = hop;
    flowAmounts[flowCount] = carried;
    flowStart[flowCount] = isStart;
    flowCount++;
    sent[p] += carried;
    received[q] += carried;
    firstHop[p] = Math.min(firstHop[p], hop);
    firstHop[q] = Math.min(firstHop[q], hop);
  }

  // ---------------------------------------------------------------- result

  private TraceResult build() {
    for (int a = 0; a < n; a++) {
      if (pools[a] != null) {
        resting[a] += pools[a].traced();
      }
    }
    List<TraceFlow> flows = new ArrayList<>(flowCount);
    for (int i = 0; i < flowCount; i++) {
      int r = flowRows[i];
      flows.add(new TraceFlow(r, ledger.txId(r), ledger.timestamp(r), ledger.from(r), ledger.to(r), flowHops[i],
          flowAmounts[i], ix.amount(r), flowStart[i]));
    }
    flows.sort(Comparator.comparingInt(TraceFlow::hop).thenComparing(TraceFlow::time).thenComparingInt(TraceFlow::row));

    int startSide = startAccount >= 0 ? startAccount : startRow >= 0 ? (forward ? ix.from(startRow) : ix.to(startRow)) : -1;
    List<TracedAccount> accounts = new ArrayList<>();
    List<Endpoint> endpoints = new ArrayList<>();
    long restingTotal = 0;
    for (int a = 0; a < n; a++) {
      boolean touched = received[a] != 0 || sent[a] != 0 || resting[a] != 0 || stopped[a] != 0 || cut[a] != 0
          || a == startAccount;
      if (!touched) {
        continue;
      }
      String name = ledger.accounts().name(a);
      Role role = a == startSide ? Role.START : stop[a] ? Role.STOP : Role.INTERMEDIATE;
      int hop = firstHop[a] == Integer.MAX_VALUE ? 0 : firstHop[a];
      accounts.add(new TracedAccount(name, received[a], sent[a], resting[a], stopped[a], cut[a], hop, role));
      restingTotal += resting[a];
      if (resting[a] > 0) {
        endpoints.add(new Endpoint(name, resting[a], forward ? EndpointKind.RESTING : EndpointKind.ORIGIN));
      }
      if (stopped[a] > 0) {
        endpoints.add(new Endpoint(name, stopped[a], EndpointKind.STOPPED));
      }
    }
    accounts.sort(Comparator.comparing(TracedAccount::account));
    endpoints.sort(Comparator.comparingLong(Endpoint::amount).reversed().thenComparing(Endpoint::account)
        .thenComparing(Endpoint::kind));

    String startName = startSide >= 0 ? ledger.accounts().name(startSide) : "";
    Optional<String> startTx = startRow >= 0 ? Optional.of(ledger.txId(startRow)) : Optional.empty();
    StartSummary summary = new StartSummary(startName, startTx, requested, startTotal, startCount,
        startCount == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(firstStart)),
        startCount == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastStart)));

    boolean exempt = method == AllocationMethod.POISON;
    long sum = restingTotal + stoppedTotal + dustTotal + horizonTotal + hopTotal + truncTotal;
    boolean holds = sum == startTotal;
    if (!exempt && !holds) {
      throw new IllegalStateException("conservation violated: start " + startTotal + " != " + sum);
    }
    String statement = statement(restingTotal, sum, exempt, holds);
    Conservation conservation = new Conservation(startTotal, restingTotal, stoppedTotal, dustTotal, horizonTotal,
        hopTotal, truncTotal, dustCount, horizonCount, hopCount, truncCount, exempt, holds, statement);
    return new TraceResult(start, o, currencyCode, ledger.scale(), summary, flows, accounts, endpoints, conservation,
        truncCount > 0, assumptions());
  }

  private String fmt(long minor) {
    return Money.format(minor, ledger.scale());
  }

  private String statement(long restingTotal, long sum, boolean exempt, boolean holds) {
    String eq = "start " + fmt(startTotal) + " = " + (forward ? "resting " : "origin ") + fmt(restingTotal)
        + " + stopped " + fmt(stoppedTotal) + " + dust " + fmt(dustTotal) + " + beyond horizon " + fmt(horizonTotal)
        + " + beyond hop limit " + fmt(hopTotal) + " + truncated " + fmt(truncTotal) + " " + currencyCode;
    if (exempt) {
      return "poison is an upper bound and is exempt from conservation: the traced figures may exceed the start"
          + " (start " + fmt(startTotal) + ", accounted " + fmt(sum) + " " + currencyCode + ")";
    }
    return eq + (holds ? " (holds exactly in minor units)" : " (DOES NOT HOLD)");
  }

  private List<String> assumptions() {
    List<String> list = new ArrayList<>();
    list.add("Funds already in an account before the traced funds arrived, and funds from other sources, are"
        + " untraced money.");
    list.add("Every account's opening balance is taken as zero: an outflow larger than the recorded funds takes"
        + " all of them and the excess from funds not in the data (untraced).");
    list.add("Only " + (currencyCode.isEmpty() ? "the start currency" : currencyCode)
        + " is traced; transactions in other currencies are other money. Self-transfers and amounts <= 0 are"
        + " ignored.");
    list.add("Transactions are applied in (timestamp, ledger row) order: an outflow at the same instant as an"
        + " inflow carries the inflow's money only if it comes later in ledger order.");
    list.add(switch (method) {
      case FIFO -> "FIFO (Clayton's case): an outflow takes the oldest funds in the account first.";
      case LIFO -> "LIFO: an outflow takes the newest funds in the account first.";
      case HAIRCUT -> "Haircut: each outflow carries the traced share of the account's funds at that moment.";
      case POISON -> "Poison: any outflow from an account holding traced funds counts as wholly traced; this is"
          + " an upper bound and amounts are not conserved.";
    });
    list.add("Within one transaction traced and untraced money are mixed evenly; partial shares are rounded"
        + " to the minor unit by largest remainder (ties to the traced share), so every split is exact.");
    list.add("A transaction's hop is one more than the smallest hop of the traced money it carries.");
    if (startAccount >= 0) {
      list.add("Traced money flowing back into the start account is booked as "
          + (forward ? "resting" : "originating") + " there and not followed again.");
    }
    if (!forward) {
      list.add("Backward: traced money on a transaction is attributed to the funds that paid it under the"
          + " method; what no recorded inflow can explain originates at the account (its own funds or funds"
          + " not in the data).");
    }
    if (dust.unreachable() || dust.minor() > 0) {
      list.add("Transactions carrying less than " + (dust.unreachable() ? o.minAmount().toPlainString()
          : fmt(dust.minor())) + " " + currencyCode
          + " of traced money (other than start transactions) are cut as dust.");
    }
    return list;
  }

}
