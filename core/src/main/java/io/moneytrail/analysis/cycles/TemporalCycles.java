package io.moneytrail.analysis.cycles;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.Trees;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.PairFlow;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import io.moneytrail.ledger.RowList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time-respecting cycle search (round-tripping).
 *
 * <h2>What is found</h2>
 * A temporal cycle is a set of {@code k} transactions, {@code 2 <= k <= maxLength}, forming a
 * simple directed cycle of accounts (no account twice, so self-transfers never take part) that can
 * be ordered around the cycle as {@code t1..tk} such that
 * <ul>
 *   <li>{@code time(t(i+1)) >= time(ti)} ({@code >} with {@link CycleOptions#strictTime()});
 *   <li>{@code time(tk) - time(t1) <= window};
 *   <li>the amount rules of {@link CycleOptions}, when on, hold for that order (every hop at least
 *       minAmount; each hop after the first within {@code [(1 - maxLoss), (1 + maxGain)]} times the
 *       previous hop; all hops in one currency).
 * </ul>
 * Each such set is reported exactly once, in cycle order from {@code t1}. Only when all its
 * transactions share one timestamp (and time is not strict) can several rotations qualify; the one
 * reported is the qualifying rotation whose first transaction comes first in ledger order.
 * Parallel transactions between the same accounts give distinct cycles.
 *
 * <h2>Order and cap</h2>
 * Cycles are sorted by start time, then by transaction ids compared element by element (a prefix
 * first), then by ledger rows. When more than {@code maxResults} cycles qualify, the result holds
 * exactly the first {@code maxResults} of that order and is marked truncated; the search stops as
 * soon as this is known.
 *
 * <h2>How</h2>
 * A depth-first search forward in time from every start transaction on the compact
 * {@link TemporalIndex}, pruned by the window and by per-start closing bounds (the latest time each
 * account can still get back to the start account within the hops left; see the package-private
 * {@code Searcher}), run in parallel over start transactions with output identical to a
 * single-threaded run. Static mode ({@link CycleOptions#ignoreTime()}) searches the aggregated pair
 * graph instead; see {@link PairCycle}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TemporalCycles {
  private static final Logger LOG = LoggerFactory.getLogger(TemporalCycles.class);

  private TemporalCycles() {}

  /**
   * Searches the graph's temporal index.
   *
   * @param graph the money-flow graph
   * @param options search parameters
   * @return the cycles, sorted, at most {@code options.maxResults()}
   */
  public static CycleResult find(FlowGraph graph, CycleOptions options) {
    return find(graph.index(), options);
  }

  /**
   * Searches a temporal index.
   *
   * @param index the compact temporal index of a ledger
   * @param options search parameters
   * @return the cycles, sorted, at most {@code options.maxResults()}
   */
  public static CycleResult find(TemporalIndex index, CycleOptions options) {
    return find(index, options, TemporalSearch.DEFAULT_CHUNK, TemporalSearch.DEFAULT_NODE_BUDGET);
  }

  static CycleResult find(TemporalIndex index, CycleOptions options, int chunkSize, long nodeBudget) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(options, "options");
    long began = System.nanoTime();
    Ledger ledger = index.ledger();
    int max = options.maxResults();
    CycleResult result;
    if (options.ignoreTime()) {
      List<int[]> found = new StaticSearch(index, options).run();
      List<PairCycle> cycles = new ArrayList<>();
      for (int i = 0; i < Math.min(max, found.size()); i++) {
        cycles.add(pairCycle(index, found.get(i)));
      }
      result = new CycleResult(options, ledger.scale(), found.size() > max, List.of(), cycles);
    } else {
      List<Found> found;
      try {
        found = new TemporalSearch(index, options, chunkSize, nodeBudget).run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("cycle search interrupted", e);
      }
      List<Cycle> cycles = new ArrayList<>();
      for (int i = 0; i < Math.min(max, found.size()); i++) {
        cycles.add(cycle(ledger, found.get(i).rows, options.withThreads(0)));
      }
      result = new CycleResult(options, ledger.scale(), found.size() > max, cycles, List.of());
    }
    LOG.debug("cycle search {}: {} cycles{} in {} ms", rule(options), result.count(),
        result.truncated() ? " (truncated)" : "", (System.nanoTime() - began) / 1_000_000);
    return result;
  }

  static Cycle cycle(Ledger ledger, int[] rows, CycleOptions options) {
    List<String> accounts = new ArrayList<>(rows.length);
    List<String> ids = new ArrayList<>(rows.length);
    List<Money> amounts = new ArrayList<>(rows.length);
    TreeMap<String, Long> totals = new TreeMap<>();
    TreeMap<String, Long> minimum = new TreeMap<>();
    for (int row : rows) {
      accounts.add(ledger.from(row));
      ids.add(ledger.txId(row));
      Money money = ledger.money(row);
      amounts.add(money);
      totals.merge(money.currency(), money.minorUnits(), Math::addExact);
      minimum.merge(money.currency(), money.minorUnits(), Math::min);
    }
    return new Cycle(accounts, ids, RowList.of(rows), ledger.timestamp(rows[0]), ledger.timestamp(rows[rows.length - 1]),
        amounts, money(totals, ledger.scale()), money(minimum, ledger.scale()), options);
  }

  private static List<Money> money(TreeMap<String, Long> perCurrency, int scale) {
    List<Money> out = new ArrayList<>(perCurrency.size());
    perCurrency.forEach((code, v) -> out.add(Money.of(v, scale, code)));
    return out;
  }

  /**
   * The cycle detector as {@code analyze} runs it: temporal cycles as findings.
   *
   * @param index the ledger's temporal index
   * @param options the search options; static mode is refused
   * @return the cycles, sorted, at most {@code maxResults}, marked truncated when more qualify
   * @throws OptionException for static mode (its cycles aggregate pairs and have no evidence transactions)
   */
  public static DetectorResult<Cycle> detect(TemporalIndex index, CycleOptions options) {
    if (options.ignoreTime()) {
      throw new OptionException("mode", "static", "must be temporal here: static cycles aggregate account pairs and "
          + "carry no evidence transactions to group into cases (run 'moneytrail cycles --ignore-time' instead)");
    }
    CycleResult r = find(index, options);
    return new DetectorResult<>(Detector.CYCLES, options, r.cycles(), r.truncated());
  }

  /**
   * @param o the search options
   * @return the rule in words with every parameter, e.g. {@code temporal cycle: 2 to 6 accounts, each hop at the
   *     same time as or later than the previous, first to last hop within 30 days}
   */
  public static String rule(CycleOptions o) {
    if (o.ignoreTime()) {
      return "static cycle: 2 to " + o.maxLength() + " accounts on the aggregated account-pair graph (time ignored)";
    }
    StringBuilder b = new StringBuilder("temporal cycle: 2 to ").append(o.maxLength())
        .append(" accounts, each hop ").append(o.strictTime() ? "strictly later than" : "at the same time as or later than")
        .append(" the previous, first to last hop within ").append(Durations.human(o.window()));
    o.minAmount().ifPresent(v -> b.append(", every hop >= ").append(Trees.plain(v)));
    o.maxLoss().ifPresent(v -> b.append(", each hop >= (1 - ").append(Trees.plain(v)).append(") x the previous"));
    o.maxGain().ifPresent(v -> b.append(", each hop <= (1 + ").append(Trees.plain(v)).append(") x the previous"));
    return b.toString();
  }

  static PairCycle pairCycle(TemporalIndex index, int[] accountIds) {
    Ledger ledger = index.ledger();
    int k = accountIds.length;
    List<String> accounts = new ArrayList<>(k);
    List<PairFlow> hops = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int u = accountIds[i];
      int w = accountIds[(i + 1) % k];
      accounts.add(ledger.accounts().name(u));
      int count = 0;
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      TreeMap<String, Long> totals = new TreeMap<>();
      for (int p = index.outBegin(u); p < index.outEnd(u); p++) {
        int row = index.outAt(p);
        if (index.to(row) == w) {
          count++;
          first = Math.min(first, index.time(row));
          last = Math.max(last, index.time(row));
          totals.merge(ledger.currency(row), index.amount(row), Math::addExact);
        }
      }
      hops.add(new PairFlow(ledger.accounts().name(u), ledger.accounts().name(w), count, totals,
          Instant.ofEpochMilli(first), Instant.ofEpochMilli(last)));
    }
    return new PairCycle(accounts, hops);
  }
}
