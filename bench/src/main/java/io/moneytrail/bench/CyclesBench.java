package io.moneytrail.bench;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Temporal cycle search benchmark (issue 3). In-process, after warm-up; prints medians.
 *
 * <ul>
 *   <li>retailYear(1): all temporal cycles of at most 8 hops within 30 days (target under 0.2 s);
 *   <li>large(1,000,000, 1): at most 6 hops within 30 days (target under 2 s).
 * </ul>
 *
 * Baselines measured in the same run: (1) a plain window-bounded forward DFS without closing
 * bounds, single-threaded, on the full input (its cycle count must equal the search's); (2) the
 * brute force of the test oracle (enumerate every chained transaction sequence through distinct
 * accounts, ignoring time, then filter by the definition) on growing prefixes (slices of the first
 * days) of the same ledger, up to the largest slice it finishes in a few seconds.
 *
 * <p>Usage: {@code Bench cycles [retail|large|all]} (default all).
 */
public final class CyclesBench {
  private static final long DAY = 86_400_000L;

  private CyclesBench() {}

  /**
   * @param args optional: retail, large or all
   */
  public static void main(String[] args) {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.INFO);
    String which = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "all";
    System.out.printf("processors: %d (machine shared with other jobs: compare ratios, not absolute times)%n",
        Runtime.getRuntime().availableProcessors());
    if (which.equals("retail") || which.equals("all")) {
      run("retailYear(1)", BenchData.retailYear(1).toLedger(), 8, 0.2);
    }
    if (which.equals("large") || which.equals("all")) {
      run("large(1M, 1)", BenchData.large(1_000_000, 1).toLedger(), 6, 2.0);
    }
  }

  private static void run(String name, Ledger ledger, int maxLength, double targetSeconds) {
    long t = System.nanoTime();
    TemporalIndex index = FlowGraph.of(ledger).index();
    double indexSeconds = seconds(t);
    CycleOptions options = CycleOptions.defaults().withMaxLength(maxLength).withWindow(Duration.ofDays(30))
        .withMaxResults(CycleOptions.MAX_RESULTS_LIMIT);
    System.out.printf("%n== %s: %d transactions, %d accounts; index built in %.3f s; max %d hops, 30 days%n",
        name, ledger.size(), ledger.accounts().size(), indexSeconds, maxLength);

    CycleResult result = null;
    for (int i = 0; i < 5; i++) {
      result = TemporalCycles.find(index, options);
    }
    double all = median(() -> TemporalCycles.find(index, options), 7);
    double one = median(() -> TemporalCycles.find(index, options.withThreads(1)), 5);
    System.out.printf("search (all processors): %.4f s  [target %.1f s: %s]%n", all, targetSeconds,
        all < targetSeconds ? "met" : "MISSED");
    System.out.printf("search (1 thread):       %.4f s  (parallel speed-up x%.2f)%n", one, one / all);
    System.out.printf("cycles: %d (truncated: %s); by length: %s%n", result.count(), result.truncated(),
        lengths(result, maxLength));

    WindowOnlyDfs plain = new WindowOnlyDfs(index, maxLength, 30 * DAY);
    long plainCount = plain.count();
    double plainSeconds = median(plain::count, 3);
    System.out.printf("baseline window-only DFS (1 thread): %.4f s, %d cycles (%s); closing bounds + threads: x%.1f,"
        + " closing bounds alone (1 thread): x%.1f%n", plainSeconds, plainCount,
        plainCount == result.count() ? "same count" : "COUNT DIFFERS", plainSeconds / all, plainSeconds / one);

    bruteForceOnSlices(ledger, index, maxLength);
  }

  private static void bruteForceOnSlices(Ledger ledger, TemporalIndex full, int maxLength) {
    long start = full.time(full.byTime(0));
    double budget = 4.0;
    for (int days = 2; days <= 365; days *= 2) {
      Ledger slice = slice(ledger, start + days * DAY);
      TemporalIndex index = FlowGraph.of(slice).index();
      CycleOptions options = CycleOptions.defaults().withMaxLength(maxLength).withWindow(Duration.ofDays(30))
          .withMaxResults(CycleOptions.MAX_RESULTS_LIMIT);
      BruteForce brute = new BruteForce(slice, maxLength, 30 * DAY, (long) (budget * 1e9));
      long t = System.nanoTime();
      long count = brute.count();
      double bruteSeconds = seconds(t);
      if (brute.gaveUp()) {
        System.out.printf("brute force, first %d days (%d tx): gave up after %.1f s%n", days, slice.size(), bruteSeconds);
        return;
      }
      for (int i = 0; i < 3; i++) {
        TemporalCycles.find(index, options);
      }
      double fast = median(() -> TemporalCycles.find(index, options), 5);
      int fastCount = TemporalCycles.find(index, options).count();
      System.out.printf("brute force, first %d days (%d tx): %.3f s, %d cycles; search %.5f s, %d cycles (%s): x%.0f%n",
          days, slice.size(), bruteSeconds, count, fast, fastCount, count == fastCount ? "same" : "DIFFERENT",
          bruteSeconds / fast);
      if (bruteSeconds > budget / 4) {
        return;
      }
    }
  }

  private static Ledger slice(Ledger ledger, long before) {
    Ledger.Builder b = Ledger.builder(ledger.scale(), java.util.List.of(), java.util.List.of(), ledger.size());
    for (int r = 0; r < ledger.size(); r++) {
      if (ledger.epochMillis(r) < before) {
        b.add(ledger.txId(r), ledger.epochMillis(r), ledger.from(r), ledger.to(r), ledger.amount(r), ledger.currency(r));
      }
    }
    return b.build();
  }

  private static String lengths(CycleResult result, int maxLength) {
    int[] byLength = new int[maxLength + 1];
    result.cycles().forEach(c -> byLength[c.length()]++);
    return Arrays.toString(Arrays.copyOfRange(byLength, 2, maxLength + 1)) + " for 2.." + maxLength;
  }

  private static double median(Runnable task, int runs) {
    double[] s = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      task.run();
      s[i] = seconds(t);
    }
    Arrays.sort(s);
    return s[runs / 2];
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Forward DFS from every start transaction bounded by the window and hop count only. */
  static final class WindowOnlyDfs {
    private final TemporalIndex ix;
    private final int maxLength;
    private final long window;
    private final boolean[] onPath;
    private final int[] path;
    private long count;
    private int start;
    private int home;
    private long deadline;

    WindowOnlyDfs(TemporalIndex ix, int maxLength, long window) {
      this.ix = ix;
      this.maxLength = maxLength;
      this.window = window;
      onPath = new boolean[ix.accountCount()];
      path = new int[maxLength];
    }

    long count() {
      count = 0;
      for (int s = 0; s < ix.size(); s++) {
        if (ix.from(s) == ix.to(s)) {
          continue;
        }
        start = s;
        home = ix.from(s);
        deadline = ix.time(s) + window;
        onPath[home] = true;
        onPath[ix.to(s)] = true;
        path[0] = s;
        step(ix.to(s), 1, ix.time(s));
        onPath[home] = false;
        onPath[ix.to(s)] = false;
      }
      return count;
    }

    private void step(int u, int depth, long tc) {
      for (int p = ix.firstOutAtOrAfter(u, tc); p < ix.outEnd(u); p++) {
        int e = ix.outAt(p);
        if (ix.time(e) > deadline) {
          break;
        }
        int w = ix.to(e);
        if (w == home) {
          path[depth] = e;
          if (canonical(depth + 1)) {
            count++;
          }
        } else if (depth + 1 < maxLength && !onPath[w] && w != u) {
          onPath[w] = true;
          path[depth] = e;
          step(w, depth + 1, ix.time(e));
          onPath[w] = false;
        }
      }
    }

    private boolean canonical(int k) {
      if (ix.time(path[k - 1]) != ix.time(start)) {
        return true;
      }
      for (int j = 1; j < k; j++) {
        if (path[j] < start) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The test oracle's brute force, counting: every chain of distinct transactions through distinct
   * paying accounts, up to maxLength, regardless of time; each closed chain is checked against the
   * definition (time order, window) and kept only in its canonical rotation.
   */
  static final class BruteForce {
    private final Ledger ledger;
    private final int maxLength;
    private final long window;
    private final long budgetNanos;
    private final int[][] outByAccount;
    private final int[] seq;
    private final boolean[] payer;
    private long began;
    private boolean gaveUp;
    private long steps;

    BruteForce(Ledger ledger, int maxLength, long window, long budgetNanos) {
      this.ledger = ledger;
      this.maxLength = maxLength;
      this.window = window;
      this.budgetNanos = budgetNanos;
      int n = ledger.accounts().size();
      int[] counts = new int[n];
      for (int r = 0; r < ledger.size(); r++) {
        counts[ledger.fromId(r)]++;
      }
      outByAccount = new int[n][];
      for (int a = 0; a < n; a++) {
        outByAccount[a] = new int[counts[a]];
        counts[a] = 0;
      }
      for (int r = 0; r < ledger.size(); r++) {
        outByAccount[ledger.fromId(r)][counts[ledger.fromId(r)]++] = r;
      }
      seq = new int[maxLength];
      payer = new boolean[n];
    }

    boolean gaveUp() {
      return gaveUp;
    }

    long count() {
      began = System.nanoTime();
      long found = 0;
      for (int r = 0; r < ledger.size() && !gaveUp; r++) {
        if (ledger.fromId(r) == ledger.toId(r)) {
          continue;
        }
        seq[0] = r;
        payer[ledger.fromId(r)] = true;
        found += grow(1);
        payer[ledger.fromId(r)] = false;
      }
      return found;
    }

    private long grow(int k) {
      if ((++steps & 0xFFFF) == 0 && System.nanoTime() - began > budgetNanos) {
        gaveUp = true;
      }
      if (gaveUp) {
        return 0;
      }
      int last = seq[k - 1];
      int account = ledger.toId(last);
      if (account == ledger.fromId(seq[0])) {
        return k >= 2 && qualifiesCanonically(k) ? 1 : 0;
      }
      if (k == maxLength || payer[account]) {
        return 0;
      }
      long found = 0;
      payer[account] = true;
      for (int r : outByAccount[account]) {
        if (ledger.toId(r) != account) {
          seq[k] = r;
          found += grow(k + 1);
        }
      }
      payer[account] = false;
      return found;
    }

    private boolean qualifiesCanonically(int k) {
      for (int i = 1; i < k; i++) {
        if (ledger.epochMillis(seq[i]) < ledger.epochMillis(seq[i - 1])) {
          return false;
        }
      }
      long first = ledger.epochMillis(seq[0]);
      if (ledger.epochMillis(seq[k - 1]) - first > window) {
        return false;
      }
      if (ledger.epochMillis(seq[k - 1]) == first) {
        for (int i = 1; i < k; i++) {
          if (seq[i] < seq[0]) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
