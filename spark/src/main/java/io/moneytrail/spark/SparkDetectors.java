package io.moneytrail.spark;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.FanOptions;
import io.moneytrail.analysis.patterns.GatherScatterOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.ScatterGatherOptions;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.report.cases.AnalysisSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;

/**
 * The analyses on Spark. Each gives exactly the findings core gives for the same transactions and
 * options, in core's order (see {@link SparkAnalysis} for how each is distributed). Findings are
 * collected on the driver; transactions never are.
 */
public final class SparkDetectors {
  private SparkDetectors() {}

  /**
   * Runs one analysis with its section of the settings.
   *
   * @param ledger the transactions
   * @param analysis which analysis
   * @param settings the options of every analysis (only the one of {@code analysis} is read)
   * @return the findings in core's order
   * @throws IllegalArgumentException for options that cannot be run on Spark exactly (static cycles)
   */
  public static SparkFindings run(SparkLedger ledger, SparkAnalysis analysis, AnalysisSettings settings) {
    return analysis == SparkAnalysis.CYCLES ? cycles(ledger, settings) : patterns(ledger, analysis, settings);
  }

  /**
   * Runs every analysis.
   *
   * @param ledger the transactions
   * @param settings the options of every analysis
   * @return the findings per analysis, in the order of {@link SparkAnalysis}
   */
  public static Map<SparkAnalysis, SparkFindings> runAll(SparkLedger ledger, AnalysisSettings settings) {
    Map<SparkAnalysis, SparkFindings> all = new EnumMap<>(SparkAnalysis.class);
    for (SparkAnalysis a : SparkAnalysis.values()) {
      all.put(a, run(ledger, a, settings));
    }
    return all;
  }

  /**
   * @param ledger the transactions
   * @param options the fan-out rule
   * @return fan-out bursts, as core's {@code FanDetector.fanOut}
   */
  public static SparkFindings fanOut(SparkLedger ledger, FanOptions options) {
    return run(ledger, SparkAnalysis.FANOUT, AnalysisSettings.defaults().withFanOut(options));
  }

  /**
   * @param ledger the transactions
   * @param options the fan-in rule
   * @return fan-in bursts, as core's {@code FanDetector.fanIn}
   */
  public static SparkFindings fanIn(SparkLedger ledger, FanOptions options) {
    return run(ledger, SparkAnalysis.FANIN, AnalysisSettings.defaults().withFanIn(options));
  }

  /**
   * @param ledger the transactions
   * @param options the scatter-gather rule
   * @return scatter-gather bursts, as core's {@code ScatterGatherDetector}
   */
  public static SparkFindings scatterGather(SparkLedger ledger, ScatterGatherOptions options) {
    return run(ledger, SparkAnalysis.SCATTER_GATHER, AnalysisSettings.defaults().withScatterGather(options));
  }

  /**
   * @param ledger the transactions
   * @param options the gather-scatter rule
   * @return gather-scatter bursts, as core's {@code GatherScatterDetector}
   */
  public static SparkFindings gatherScatter(SparkLedger ledger, GatherScatterOptions options) {
    return run(ledger, SparkAnalysis.GATHER_SCATTER, AnalysisSettings.defaults().withGatherScatter(options));
  }

  /**
   * @param ledger the transactions
   * @param options the pass-through rule
   * @return pass-through accounts, as core's {@code MuleDetector}
   */
  public static SparkFindings mules(SparkLedger ledger, MuleOptions options) {
    return run(ledger, SparkAnalysis.MULES, AnalysisSettings.defaults().withMules(options));
  }

  /**
   * @param ledger the transactions
   * @param options the structuring rule
   * @return structuring bursts, as core's {@code StructuringDetector}
   */
  public static SparkFindings structuring(SparkLedger ledger, StructuringOptions options) {
    return run(ledger, SparkAnalysis.STRUCTURING, AnalysisSettings.defaults().withStructuring(options));
  }

  /**
   * @param ledger the transactions
   * @param options the cycle rule; {@code ignoreTime} is refused (static cycles need the whole pair
   *     graph on one machine: use core)
   * @return temporal cycles, as core's {@code TemporalCycles.find}, capped at {@code maxResults}
   *     the same way
   */
  public static SparkFindings cycles(SparkLedger ledger, CycleOptions options) {
    return run(ledger, SparkAnalysis.CYCLES, AnalysisSettings.defaults().withCycles(options));
  }

  private static Dataset<Row> keyed(Dataset<Row> t, Column key) {
    return t.select(key.as("key"), t.col(SparkLedger.ROW), t.col(SparkLedger.TX_ID), t.col(SparkLedger.TIME),
        t.col(SparkLedger.FROM), t.col(SparkLedger.TO), t.col(SparkLedger.AMOUNT), t.col(SparkLedger.CURRENCY));
  }

  private static SparkFindings patterns(SparkLedger ledger, SparkAnalysis analysis, AnalysisSettings s) {
    Dataset<Row> t = ledger.transactions();
    Column from = t.col(SparkLedger.FROM);
    Column to = t.col(SparkLedger.TO);
    Dataset<Row> keyed = switch (analysis) {
      case FANOUT -> keyed(t, from);
      case FANIN -> keyed(t, to);
      case GATHER_SCATTER, MULES, STRUCTURING -> keyed(t, from).union(keyed(t.filter(from.notEqual(to)), to));
      case SCATTER_GATHER -> scatterGatherInput(t, s.scatterGather(), ledger.scale());
      case CYCLES -> throw new IllegalStateException();
    };
    Kernel kernel = new Kernel(analysis, s, ledger.scale(), 0, 1);
    List<Row> out = keyed.repartition(keyed.col("key")).mapPartitions(kernel, Encoders.row(Kernel.OUT)).collectAsList();
    Map<String, Object> parameters = switch (analysis) {
      case FANOUT -> s.fanOut().parameters();
      case FANIN -> s.fanIn().parameters();
      case SCATTER_GATHER -> s.scatterGather().parameters();
      case GATHER_SCATTER -> s.gatherScatter().parameters();
      case MULES -> s.mules().parameters();
      case STRUCTURING -> s.structuring().parameters();
      case CYCLES -> throw new IllegalStateException();
    };
    return collect(analysis, parameters, out, Integer.MAX_VALUE);
  }

  /**
   * Each source's eligible payments, plus every eligible onward payment of its receivers that can
   * complete a leg (at or after the payment to the intermediary, within the window, to another
   * account than the source), each under the source's key once.
   */
  private static Dataset<Row> scatterGatherInput(Dataset<Row> t, ScatterGatherOptions o, int scale) {
    long min = minorAtLeast(o.minAmount(), scale);
    long w = o.window().toMillis();
    Dataset<Row> eligible = t.filter(t.col(SparkLedger.FROM).notEqual(t.col(SparkLedger.TO))
        .and(t.col(SparkLedger.AMOUNT).geq(min)));
    Dataset<Row> a = eligible.alias("a");
    Dataset<Row> b = eligible.alias("b");
    Column bt = functions.col("b." + SparkLedger.TIME);
    Column at = functions.col("a." + SparkLedger.TIME);
    Dataset<Row> legs = a.join(b, functions.col("b." + SparkLedger.FROM).equalTo(functions.col("a." + SparkLedger.TO))
            .and(functions.col("b." + SparkLedger.TO).notEqual(functions.col("a." + SparkLedger.FROM)))
            .and(bt.geq(at)).and(bt.minus(at).leq(w)))
        .select(functions.col("a." + SparkLedger.FROM).as("key"), functions.col("b." + SparkLedger.ROW),
            functions.col("b." + SparkLedger.TX_ID), bt, functions.col("b." + SparkLedger.FROM),
            functions.col("b." + SparkLedger.TO), functions.col("b." + SparkLedger.AMOUNT),
            functions.col("b." + SparkLedger.CURRENCY));
    return keyed(eligible, eligible.col(SparkLedger.FROM)).union(legs).dropDuplicates("key", SparkLedger.ROW);
  }

  /** @return the least amount in minor units that is at least {@code amount} major units (exact) */
  static long minorAtLeast(BigDecimal amount, int scale) {
    BigDecimal minor = amount.movePointRight(scale).setScale(0, RoundingMode.CEILING);
    return minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : minor.longValueExact();
  }

  private static SparkFindings cycles(SparkLedger ledger, AnalysisSettings s) {
    CycleOptions o = s.cycles();
    if (o.ignoreTime()) {
      throw new IllegalArgumentException("ignoreTime: static cycles are not available on Spark (they need the whole "
          + "account-pair graph in one place); run 'moneytrail cycles --ignore-time' on one machine");
    }
    Dataset<Row> t = ledger.transactions();
    Row range = t.agg(functions.min(SparkLedger.TIME), functions.max(SparkLedger.TIME)).first();
    if (range.isNullAt(0)) {
      return collect(SparkAnalysis.CYCLES, o.parameters(), List.of(), o.maxResults());
    }
    long min = range.getLong(0);
    long max = range.getLong(1);
    long w = o.window().toMillis();
    int target = Math.max(1, 4 * ledger.session().sparkContext().defaultParallelism());
    long length = bucketLength.isPresent() ? bucketLength.getAsLong()
        : Math.max(Math.max(w, 1), (max - min) / target + 1);
    Kernel kernel = new Kernel(SparkAnalysis.CYCLES, s, ledger.scale(), min, length);
    Dataset<Row> keyed = t.flatMap((FlatMapFunction<Row, Row>) r -> {
      long d = r.getLong(2) - min;
      long hi = Math.floorDiv(d, length);
      long lo = Math.max(0, -Math.floorDiv(-(d - w + 1 - length), length));
      List<Row> copies = new ArrayList<>((int) (hi - lo + 1));
      for (long b = lo; b <= hi; b++) {
        copies.add(RowFactory.create(Long.toString(b), r.getLong(0), r.getString(1), r.getLong(2), r.getString(3),
            r.getString(4), r.getLong(5), r.getString(6)));
      }
      return copies.iterator();
    }, Encoders.row(Kernel.KEYED));
    List<Row> out = keyed.repartition(keyed.col("key")).mapPartitions(kernel, Encoders.row(Kernel.OUT)).collectAsList();
    return collect(SparkAnalysis.CYCLES, o.parameters(), out, o.maxResults());
  }

  /** Test hook: a fixed cycle bucket length in milliseconds instead of the size-based one. */
  static OptionalLong bucketLength = OptionalLong.empty();

  private static SparkFindings collect(SparkAnalysis analysis, Map<String, Object> parameters, List<Row> out, int cap) {
    List<Row> findings = new ArrayList<>(out.size());
    boolean truncated = false;
    for (Row r : out) {
      if (r.getBoolean(7)) {
        truncated = true;
      } else {
        findings.add(r);
      }
    }
    findings.sort(Kernel.ORDER);
    if (findings.size() > cap) {
      truncated = true;
      findings = findings.subList(0, cap);
    }
    List<String> json = new ArrayList<>(findings.size());
    List<List<String>> rows = new ArrayList<>(findings.size());
    for (Row r : findings) {
      json.add(r.getString(5));
      rows.add(r.getList(6));
    }
    return new SparkFindings(analysis, parameters, truncated, json, rows);
  }
}
