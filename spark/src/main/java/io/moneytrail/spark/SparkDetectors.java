package io.moneytrail.spark;

import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorOptions;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.BurstOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * The detectors on Spark. Each gives exactly the findings core gives for the same transactions and
 * options, in core's order. Findings are collected on the driver; transactions never are. How each
 * detector is spread over a cluster:
 *
 * <ul>
 *   <li>fan-out, fan-in: the transactions are partitioned by payer (receiver) account, and core's
 *       detector runs on each partition: every burst belongs to one account and needs only that
 *       account's payments.
 *   <li>gather-scatter, mules, structuring: partitioned by account, each transaction going to both
 *       its payer's and its receiver's partition; core runs per partition and keeps the findings of
 *       the accounts the partition holds.
 *   <li>scatter-gather: partitioned by source; each partition gets its sources' payments plus, by a
 *       join, every onward payment of an intermediary that can form a leg (same or later time, within
 *       the window, to a sink other than the source).
 *   <li>temporal cycles: partitioned by time; a cycle lasts at most the window, so a bucket of time
 *       {@code [b, b + L)} plus the window after it holds every cycle that starts in the bucket.
 *       Static cycles ({@code mode static}) need the whole pair graph in one place and are refused.
 * </ul>
 *
 * Each partition's ledger keeps the global ledger order, so core's tie-breaks by ledger row hold;
 * a partition keeps the findings anchored ({@link io.moneytrail.analysis.Finding#subjects()}, the
 * first) on the accounts it holds.
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
   * @throws OptionException for options that cannot be run on Spark exactly (static cycles)
   */
  public static SparkFindings run(SparkLedger ledger, Detector analysis, AnalysisSettings settings) {
    return run(ledger, List.of(analysis), settings).get(analysis);
  }

  /**
   * Runs every analysis.
   *
   * @param ledger the transactions
   * @param settings the options of every analysis
   * @return the findings per analysis, in the order of {@link Detector}
   */
  public static Map<Detector, SparkFindings> runAll(SparkLedger ledger, AnalysisSettings settings) {
    return run(ledger, List.of(Detector.values()), settings);
  }

  /**
   * Runs several analyses together: the transactions each analysis needs, under its keys, go
   * through one final shuffle by analysis and key, and each partition runs core on its part of
   * each analysis (scatter-gather's leg join shuffles before that; cycles first find the time range).
   *
   * @param ledger the transactions
   * @param analyses which analyses
   * @param settings the options of every analysis
   * @return the findings per analysis, in the order of {@link Detector}
   * @throws OptionException for options that cannot be run on Spark exactly (static cycles)
   */
  public static Map<Detector, SparkFindings> run(SparkLedger ledger, Collection<Detector> analyses,
      AnalysisSettings settings) {
    return run(ledger, analyses, settings, OptionalLong.empty());
  }

  /** As {@link #run(SparkLedger, Collection, AnalysisSettings)}, with a fixed cycle bucket length (tests). */
  static Map<Detector, SparkFindings> run(SparkLedger ledger, Collection<Detector> analyses,
      AnalysisSettings settings, OptionalLong bucketLength) {
    EnumSet<Detector> set = EnumSet.noneOf(Detector.class);
    set.addAll(analyses);
    CycleOptions cycles = settings.options(Detector.CYCLES, CycleOptions.class);
    if (set.contains(Detector.CYCLES) && cycles.ignoreTime()) {
      throw new OptionException("mode", "static", "must be temporal: static cycles are not available on Spark (they "
          + "need the whole account-pair graph in one place); run 'moneytrail cycles --ignore-time' on one machine");
    }
    Dataset<Row> t = ledger.transactions();
    long base = 0;
    long length = 1;
    Dataset<Row> keyed = null;
    for (Detector a : set) {
      Dataset<Row> k;
      if (a == Detector.CYCLES) {
        Row range = t.agg(functions.min(SparkLedger.TIME), functions.max(SparkLedger.TIME)).first();
        if (range.isNullAt(0)) {
          continue;
        }
        base = range.getLong(0);
        long w = cycles.window().toMillis();
        int target = Math.max(1, 4 * ledger.session().sparkContext().defaultParallelism());
        long span = range.getLong(1) - base;
        length = bucketLength.isPresent() ? bucketLength.getAsLong()
            : w >= span ? span + 1 : Math.max(Math.max(w, 1), span / target + 1);
        k = buckets(t, base, length, w);
      } else {
        k = keyed(a, t, settings, ledger.scale());
      }
      keyed = keyed == null ? k : keyed.union(k);
    }
    List<Row> out = keyed == null ? List.of()
        : keyed.repartition(keyed.col("analysis"), keyed.col("key"))
            .sortWithinPartitions("analysis", "group", SparkLedger.ROW)
            .mapPartitions(new Kernel(settings, ledger.scale(), base, length), Encoders.row(Kernel.OUT))
            .collectAsList();
    Map<Detector, List<Row>> byAnalysis = new EnumMap<>(Detector.class);
    for (Detector a : set) {
      byAnalysis.put(a, new ArrayList<>());
    }
    for (Row r : out) {
      byAnalysis.get(Detector.values()[r.getInt(0)]).add(r);
    }
    Map<Detector, SparkFindings> results = new EnumMap<>(Detector.class);
    for (Detector a : set) {
      results.put(a, collect(a, a.parameters(settings.options(a)), byAnalysis.get(a),
          a == Detector.CYCLES ? cycles.maxResults() : Integer.MAX_VALUE));
    }
    return results;
  }

  /**
   * @param ledger the transactions
   * @param detector a detector
   * @param options its options
   * @return its findings, as core's {@link Detector#run}
   * @throws OptionException for options that cannot be run on Spark exactly (static cycles)
   */
  public static SparkFindings run(SparkLedger ledger, Detector detector, DetectorOptions options) {
    return run(ledger, detector, AnalysisSettings.defaults().with(detector, options));
  }

  private static Dataset<Row> keyed(Detector a, Dataset<Row> t, Column key) {
    return t.select(functions.lit(a.ordinal()).as("analysis"), key.as("key"), functions.lit(0L).as("group"),
        t.col(SparkLedger.ROW),
        t.col(SparkLedger.TX_ID), t.col(SparkLedger.TIME), t.col(SparkLedger.FROM), t.col(SparkLedger.TO),
        t.col(SparkLedger.AMOUNT), t.col(SparkLedger.CURRENCY));
  }

  /** @return the transactions analysis {@code a} needs, each under the key of every partition that needs it */
  private static Dataset<Row> keyed(Detector a, Dataset<Row> t, AnalysisSettings s, int scale) {
    Column from = t.col(SparkLedger.FROM);
    Column to = t.col(SparkLedger.TO);
    return switch (a) {
      case FAN_OUT -> keyed(a, t, from);
      case FAN_IN -> keyed(a, t, to);
      case GATHER_SCATTER, MULES, STRUCTURING -> keyed(a, t, from).union(keyed(a, t.filter(from.notEqual(to)), to));
      case SCATTER_GATHER -> scatterGatherInput(t, s.options(Detector.SCATTER_GATHER, BurstOptions.class), scale);
      case CYCLES -> throw new IllegalStateException("cycles are keyed by time bucket");
    };
  }

  /**
   * Each transaction under every time bucket whose cycles it can be part of: bucket {@code b} holds
   * the cycles starting in {@code [base + b L, base + (b + 1) L)}, which end at most the window
   * later, so it needs the transactions in {@code [base + b L, base + (b + 1) L - 1 + window]}.
   */
  private static Dataset<Row> buckets(Dataset<Row> t, long base, long length, long window) {
    int ordinal = Detector.CYCLES.ordinal();
    return t.flatMap((FlatMapFunction<Row, Row>) r -> {
      long d = r.getLong(2) - base;
      long hi = Math.floorDiv(d, length);
      // the first bucket b with b L + L - 1 + window >= d, i.e. ceil((d + 1 - window) / L) - 1, without overflow
      long lo = Math.max(0, -Math.floorDiv(-(d + 1 - window), length) - 1);
      List<Row> copies = new ArrayList<>((int) (hi - lo + 1));
      for (long b = lo; b <= hi; b++) {
        copies.add(RowFactory.create(ordinal, Long.toString(b), b, r.getLong(0), r.getString(1), r.getLong(2),
            r.getString(3), r.getString(4), r.getLong(5), r.getString(6)));
      }
      return copies.iterator();
    }, Encoders.row(Kernel.KEYED));
  }

  /**
   * Each source's eligible payments, plus every eligible onward payment of its receivers that can
   * complete a leg (at or after the payment to the intermediary, within the window, to another
   * account than the source), each under the source's key once. The range join is cut into time
   * buckets of one window: a leg's second payment lies in the bucket of its first or the next one,
   * so each payment of an intermediary is joined in those two buckets only, not against all of
   * its inflows.
   */
  private static Dataset<Row> scatterGatherInput(Dataset<Row> t, BurstOptions o, int scale) {
    io.moneytrail.analysis.AmountFloor floor = o.minAmountFloor(scale);
    long w = o.window().toMillis();
    long bucket = Math.max(1, w);
    Dataset<Row> eligible = t.filter(t.col(SparkLedger.FROM).notEqual(t.col(SparkLedger.TO))
        .and(floor.unreachable() ? functions.lit(false) : t.col(SparkLedger.AMOUNT).geq(floor.minor())));
    Column time = functions.col(SparkLedger.TIME);
    // a window longer than any ledger can span (over 35,000 years) makes one bucket; this also keeps
    // the bucket arithmetic below far from overflow
    boolean one = w >= 1L << 50;
    Column start = one ? functions.lit(0L) : bucketStart(time, bucket);
    Column previous = one ? functions.lit(0L) : bucketStart(time, bucket).minus(bucket);
    Dataset<Row> a = eligible.select(functions.col(SparkLedger.FROM).as("a_from"),
        functions.col(SparkLedger.TO).as("a_to"), time.as("a_time"), start.as("a_bucket"));
    Dataset<Row> b = eligible.select(functions.col(SparkLedger.ROW).as("b_row"),
        functions.col(SparkLedger.TX_ID).as("b_tx_id"), time.as("b_time"), functions.col(SparkLedger.FROM).as("b_from"),
        functions.col(SparkLedger.TO).as("b_to"), functions.col(SparkLedger.AMOUNT).as("b_amount"),
        functions.col(SparkLedger.CURRENCY).as("b_currency"),
        functions.explode(one ? functions.array(start) : functions.array(start, previous)).as("b_bucket"));
    Column bt = functions.col("b_time");
    Column at = functions.col("a_time");
    Dataset<Row> legs = a.join(b, functions.col("b_from").equalTo(functions.col("a_to"))
            .and(functions.col("b_bucket").equalTo(functions.col("a_bucket")))
            .and(functions.col("b_to").notEqual(functions.col("a_from")))
            .and(bt.geq(at)).and(bt.minus(at).leq(w)))
        .select(functions.lit(Detector.SCATTER_GATHER.ordinal()).as("analysis"), functions.col("a_from").as("key"),
            functions.lit(0L).as("group"), functions.col("b_row").as(SparkLedger.ROW),
            functions.col("b_tx_id").as(SparkLedger.TX_ID), bt.as(SparkLedger.TIME), functions.col("b_from").as(SparkLedger.FROM),
            functions.col("b_to").as(SparkLedger.TO), functions.col("b_amount").as(SparkLedger.AMOUNT),
            functions.col("b_currency").as(SparkLedger.CURRENCY))
        .dropDuplicates("key", SparkLedger.ROW);
    return keyed(Detector.SCATTER_GATHER, eligible, eligible.col(SparkLedger.FROM)).union(legs);
  }

  /** @return the start of the bucket of length {@code bucket} that holds {@code time} (exact long arithmetic) */
  private static Column bucketStart(Column time, long bucket) {
    return time.minus(functions.pmod(time, functions.lit(bucket)));
  }

  private static SparkFindings collect(Detector analysis, Map<String, Object> parameters, List<Row> out, int cap) {
    List<Row> findings = new ArrayList<>(out.size());
    boolean truncated = false;
    for (Row r : out) {
      if (r.getBoolean(8)) {
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
      json.add(r.getString(6));
      rows.add(r.getList(7));
    }
    return new SparkFindings(analysis, parameters, truncated, json, rows);
  }
}
