package io.moneytrail.report.cases;

import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.GatherScatterDetector;
import io.moneytrail.analysis.patterns.MuleDetector;
import io.moneytrail.analysis.patterns.PatternFinding;
import io.moneytrail.analysis.patterns.ScatterGatherDetector;
import io.moneytrail.analysis.patterns.StructuringDetector;
import io.moneytrail.analysis.patterns.FanFinding;
import io.moneytrail.analysis.patterns.GatherScatterFinding;
import io.moneytrail.analysis.patterns.MuleFinding;
import io.moneytrail.analysis.patterns.ScatterGatherFinding;
import io.moneytrail.analysis.patterns.StructuringFinding;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole analysis of a load: every detector with its settings, then cases.
 *
 * <p><b>Detectors</b>, in this order: temporal cycles, fan-out, fan-in, scatter-gather,
 * gather-scatter, pass-through (mule) accounts, structuring. Their findings keep each detector's
 * deterministic order and get ids {@code cycle-N}, {@code fan-out-N}, {@code fan-in-N},
 * {@code scatter-gather-N}, {@code gather-scatter-N}, {@code mule-N}, {@code structuring-N}.
 *
 * <p><b>Cases</b>: the accounts of each finding's evidence transactions are joined (union-find);
 * the findings whose accounts end up joined form one case, whose flagged transactions are the
 * union of their evidence. Cases are ranked by their largest per-currency total of distinct
 * flagged transactions (minor units, descending), then by number of distinct typologies
 * (descending), then by start time, then by their earliest ledger row: a total order.
 *
 * <p><b>Accounts</b>: each account touching a case's flagged transactions gets the role
 * {@link io.moneytrail.analysis.roles.AccountRoles} assigns from those transactions, and a score
 * from 0 to 100: points for the role (collector or distributor 30, mule 25, exit 15, source 10, a
 * victim-like source 0) plus 15 for each distinct typology in which the account is a subject (a
 * cycle's account, a fan's hub, a scatter-gather's source, intermediary or sink, a gather-scatter's
 * hub, a mule, a structuring account), capped at 100. Each point-earning fact is a reason.
 */
public final class Analysis {
  private static final Logger LOG = LoggerFactory.getLogger(Analysis.class);

  private Analysis() {}

  /**
   * Runs everything with the given settings.
   *
   * @param load the loaded transactions
   * @param settings detector options, role thresholds
   * @return findings and ranked cases
   */
  public static AnalysisResult run(LoadResult load, AnalysisSettings settings) {
    return run(load, settings, step -> { });
  }

  /**
   * Runs everything, reporting each step's name before it starts (for progress displays).
   *
   * @param load the loaded transactions
   * @param settings detector options, role thresholds
   * @param progress told each step's name, e.g. {@code "fan-in"}
   * @return findings and ranked cases
   */
  public static AnalysisResult run(LoadResult load, AnalysisSettings settings, Consumer<String> progress) {
    Map<String, Duration> timings = new LinkedHashMap<>();
    TemporalIndex index = timed("index", timings, progress, () -> FlowGraph.of(load.ledger()).index());
    Ledger ledger = load.ledger();
    List<Finding> findings = new ArrayList<>();
    CycleResult cycles = timed("cycles", timings, progress, () -> TemporalCycles.find(index, settings.cycles()));
    int n = 0;
    for (Cycle c : cycles.cycles()) {
      List<String> accounts = new ArrayList<>(c.accounts());
      accounts.sort(null);
      findings.add(new Finding("cycle-" + (++n), Typology.CYCLE, c.accounts(), accounts, c.transactionIds(),
          sortedRows(c.rows().stream().mapToInt(Integer::intValue).toArray()), c.start(), c.end(),
          totals(c.totals(), ledger.scale()), cycleRule(cycles), FindingTrees.cycle(c), cycleRow(c, cycleRule(cycles))));
    }
    add(findings, Typology.FAN_OUT, "fan-out", ledger,
        timed("fan-out", timings, progress, () -> FanDetector.fanOut(index, settings.fanOut())));
    add(findings, Typology.FAN_IN, "fan-in", ledger,
        timed("fan-in", timings, progress, () -> FanDetector.fanIn(index, settings.fanIn())));
    add(findings, Typology.SCATTER_GATHER, "scatter-gather", ledger,
        timed("scatter-gather", timings, progress, () -> ScatterGatherDetector.detect(index, settings.scatterGather())));
    add(findings, Typology.GATHER_SCATTER, "gather-scatter", ledger,
        timed("gather-scatter", timings, progress, () -> GatherScatterDetector.detect(index, settings.gatherScatter())));
    add(findings, Typology.MULE, "mule", ledger,
        timed("mules", timings, progress, () -> MuleDetector.detect(index, settings.mules())));
    add(findings, Typology.STRUCTURING, "structuring", ledger,
        timed("structuring", timings, progress, () -> StructuringDetector.detect(index, settings.structuring())));
    List<Case> cases = timed("cases", timings, progress, () -> Cases.build(index, findings, settings.roles()));
    LOG.debug("analysis: {} findings, {} cases", findings.size(), cases.size());
    return new AnalysisResult(load, index, settings, findings, cases, cycles.truncated(), timings);
  }

  private static List<String> cycleRow(Cycle c, String rule) {
    return List.of("cycle", String.join(";", c.accounts()), c.start().toString(), c.end().toString(),
        Integer.toString(c.length()), c.currency().orElse(String.join("+", c.totals().keySet())),
        String.join(";", c.amountStrings()), c.total().map(Money::toDecimalString).orElse(""),
        Integer.toString(c.length()), String.join(";", c.transactionIds()), rule);
  }

  private static String cycleRule(CycleResult r) {
    var o = r.parameters();
    if (o.ignoreTime()) {
      return "static cycle: 2 to " + o.maxLength() + " accounts on the aggregated account-pair graph (time ignored)";
    }
    StringBuilder b = new StringBuilder("temporal cycle: 2 to ").append(o.maxLength())
        .append(" accounts, each hop ").append(o.strictTime() ? "strictly later than" : "at the same time as or later than")
        .append(" the previous, first to last hop within ").append(o.window());
    o.minAmount().ifPresent(v -> b.append(", every hop >= ").append(v.toPlainString()));
    o.maxLoss().ifPresent(v -> b.append(", each hop >= (1 - ").append(v.toPlainString()).append(") x the previous"));
    o.maxGain().ifPresent(v -> b.append(", each hop <= (1 + ").append(v.toPlainString()).append(") x the previous"));
    return b.toString();
  }

  private static void add(List<Finding> out, Typology typology, String prefix, Ledger ledger,
      DetectionResult<?, ? extends PatternFinding> result) {
    int n = 0;
    for (PatternFinding f : result.findings()) {
      int[] rows = new int[f.transactions().size()];
      for (int i = 0; i < rows.length; i++) {
        String id = f.transactions().get(i);
        rows[i] = ledger.rowOf(id).orElseThrow(() -> new IllegalStateException("unknown transaction " + id));
      }
      rows = Arrays.stream(rows).sorted().distinct().toArray();
      List<String> accounts = new ArrayList<>();
      for (int r : rows) {
        accounts.add(ledger.from(r));
        accounts.add(ledger.to(r));
      }
      accounts = accounts.stream().distinct().sorted().toList();
      out.add(new Finding(prefix + "-" + (++n), typology, subjects(f), accounts, f.transactions(),
          Arrays.stream(rows).boxed().toList(), f.start(), f.end(), f.totals(), f.rule(), FindingTrees.pattern(f),
          f.toRow()));
    }
  }

  private static List<String> subjects(PatternFinding f) {
    if (f instanceof FanFinding x) {
      return List.of(x.account());
    }
    if (f instanceof ScatterGatherFinding x) {
      List<String> s = new ArrayList<>();
      s.add(x.source());
      s.addAll(x.intermediaries());
      s.add(x.sink());
      return s.stream().distinct().toList();
    }
    if (f instanceof GatherScatterFinding x) {
      return List.of(x.hub());
    }
    if (f instanceof MuleFinding x) {
      return List.of(x.account());
    }
    if (f instanceof StructuringFinding x) {
      return List.of(x.account());
    }
    throw new IllegalStateException("unknown finding type " + f.getClass());
  }

  private static List<Integer> sortedRows(int[] rows) {
    return Arrays.stream(rows).sorted().distinct().boxed().toList();
  }

  private static List<Money> totals(Map<String, Long> perCurrency, int scale) {
    List<Money> out = new ArrayList<>();
    new java.util.TreeMap<>(perCurrency).forEach((code, v) -> out.add(Money.of(v, scale, code)));
    return out;
  }

  private static <T> T timed(String step, Map<String, Duration> timings, Consumer<String> progress, Supplier<T> work) {
    progress.accept(step);
    long t0 = System.nanoTime();
    T result = work.get();
    timings.put(step, Duration.ofNanos(System.nanoTime() - t0));
    return result;
  }
}
