package io.moneytrail.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.report.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Runs on an executor: builds a core {@link Ledger} of one partition's transactions (in global
 * ledger order, each once), runs core's detector on it, and keeps the findings the partition owns
 * (those of the accounts, sources, hubs or time buckets whose key the partition holds). The rule
 * that fired is core's own, so the findings are core's.
 */
final class Kernel implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Input: a transaction under the key of the partition that needs it. */
  static final StructType KEYED = new StructType()
      .add("analysis", DataTypes.IntegerType, false)
      .add("key", DataTypes.StringType, false)
      .add("group", DataTypes.LongType, false)
      .add(SparkLedger.ROW, DataTypes.LongType, false)
      .add(SparkLedger.TX_ID, DataTypes.StringType, false)
      .add(SparkLedger.TIME, DataTypes.LongType, false)
      .add(SparkLedger.FROM, DataTypes.StringType, false)
      .add(SparkLedger.TO, DataTypes.StringType, false)
      .add(SparkLedger.AMOUNT, DataTypes.LongType, false)
      .add(SparkLedger.CURRENCY, DataTypes.StringType, false);

  /**
   * Output: one finding of one detector (its ordinal in {@link Detector}) with the fields of core's sort order ({@code start}, {@code keys} compared
   * element by element, {@code end}, {@code rows} element by element, then {@code local}, the
   * finding's position in its partition's core result), its JSON and its flat row. A row with
   * {@code incomplete} set and no JSON says a cycle bucket hit the result cap with every kept cycle
   * its own.
   */
  static final StructType OUT = new StructType()
      .add("analysis", DataTypes.IntegerType, false)
      .add("start", DataTypes.LongType, false)
      .add("keys", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("end", DataTypes.LongType, false)
      .add("rows", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("local", DataTypes.IntegerType, false)
      .add("json", DataTypes.StringType, true)
      .add("cells", DataTypes.createArrayType(DataTypes.StringType, true), false)
      .add("incomplete", DataTypes.BooleanType, false);

  /** Core's order of findings, on the fields of {@link #OUT}. */
  static final Comparator<Row> ORDER = Comparator.<Row>comparingLong(r -> r.getLong(1))
      .thenComparing((a, b) -> compareLists(a.<String>getList(2), b.<String>getList(2)))
      .thenComparingLong(r -> r.getLong(3))
      .thenComparing((a, b) -> compareLists(a.<Long>getList(4), b.<Long>getList(4)))
      .thenComparingInt(r -> r.getInt(5));

  private final String settingsJson;
  private final int scale;
  private final long bucketBase;
  private final long bucketLength;

  Kernel(AnalysisSettings settings, int scale, long bucketBase, long bucketLength) {
    try {
      this.settingsJson = Json.mapper().writeValueAsString(settings.toJsonTree());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write settings", e);
    }
    this.scale = scale;
    this.bucketBase = bucketBase;
    this.bucketLength = bucketLength;
  }

  /**
   * Reads the partition, sorted by analysis, group (the time bucket for cycles, 0 otherwise) and
   * ledger row, one part at a time: each part's transactions go straight into a core ledger builder
   * (duplicates, adjacent after the sort, once), and the part is analysed when the next one starts.
   */
  @Override
  public Iterator<Row> call(Iterator<Row> input) throws Exception {
    List<Row> out = new ArrayList<>();
    if (!input.hasNext()) {
      return out.iterator();
    }
    AnalysisSettings settings = AnalysisSettings.defaults().overriddenBy(settingsJson);
    Part part = null;
    while (input.hasNext()) {
      Row r = input.next();
      int analysis = r.getInt(0);
      long group = r.getLong(2);
      if (part == null || part.analysis != analysis || part.group != group) {
        if (part != null) {
          finish(part, settings, out);
        }
        part = new Part(analysis, group, scale);
      }
      part.add(r);
    }
    finish(part, settings, out);
    return out.iterator();
  }

  private void finish(Part part, AnalysisSettings settings, List<Row> out) throws JsonProcessingException {
    Detector detector = Detector.values()[part.analysis];
    Ledger ledger = part.build();
    if (detector == Detector.CYCLES) {
      cycles(part.group, ledger, part.global(), settings.options(Detector.CYCLES, CycleOptions.class), out);
    } else {
      patterns(detector, ledger, settings, part.owned, out);
    }
  }

  private static void patterns(Detector detector, Ledger ledger, AnalysisSettings s, Set<String> owned,
      List<Row> out) throws JsonProcessingException {
    TemporalIndex index = FlowGraph.of(ledger).index();
    List<? extends Finding> findings = detector.run(index, s).findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      // the partition owns the findings anchored on the accounts (sources, hubs) it holds
      if (!owned.contains(f.subjects().get(0))) {
        continue;
      }
      out.add(RowFactory.create(detector.ordinal(), f.start().toEpochMilli(), seq(f.orderKeys()), f.end().toEpochMilli(),
          seq(List.<Long>of()), i, Json.mapper().writeValueAsString(f.toJsonTree()), seq(f.toRow()), false));
    }
  }

  private void cycles(long bucket, Ledger ledger, long[] globalRows, CycleOptions base, List<Row> out)
      throws JsonProcessingException {
    int cap = base.maxResults() < CycleOptions.MAX_RESULTS_LIMIT ? base.maxResults() + 1 : base.maxResults();
    CycleResult result = TemporalCycles.find(FlowGraph.of(ledger).index(),
        base.withThreads(1).withMaxResults(cap));
    long lo = bucketBase + bucket * bucketLength;
    long hi = bucketLength > Long.MAX_VALUE - lo ? Long.MAX_VALUE : lo + bucketLength;
    boolean foreign = false;
    int local = 0;
    for (Cycle c : result.cycles()) {
      long start = c.start().toEpochMilli();
      if (start < lo || start >= hi) {
        foreign = true;
        continue;
      }
      List<Long> global = new ArrayList<>(c.rows().size());
      for (int r : c.rows()) {
        global.add(globalRows[r]);
      }
      Map<String, Object> tree = new LinkedHashMap<>(c.toJsonTree());
      tree.put("rows", global);
      out.add(RowFactory.create(Detector.CYCLES.ordinal(), start, seq(c.orderKeys()), 0L, seq(global), local++,
          Json.mapper().writeValueAsString(tree), seq(c.toRow()), false));
    }
    if (result.truncated() && !foreign) {
      out.add(RowFactory.create(Detector.CYCLES.ordinal(), Long.MAX_VALUE, seq(List.<String>of()), 0L,
          seq(List.<Long>of()), 0, null, seq(List.<String>of()), true));
    }
  }

  /** @return the list as the Scala sequence Spark's row encoder wants for an array column */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  private static <T extends Comparable<T>> int compareLists(List<T> a, List<T> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * One part of a partition (one analysis; for cycles one time bucket) as a core ledger in global
   * ledger order, each transaction once, with the keys it owns.
   */
  private static final class Part {
    final int analysis;
    final long group;
    final Set<String> owned = new HashSet<>();
    private final Ledger.Builder builder;
    private long[] global = new long[1024];
    private int n;

    Part(int analysis, long group, int scale) {
      this.analysis = analysis;
      this.group = group;
      this.builder = Ledger.builder(scale, List.of(), List.of(), 1024);
    }

    /** Adds a keyed row; rows come sorted by ledger row, so a repeat follows its first copy. */
    void add(Row r) {
      owned.add(r.getString(1));
      long row = r.getLong(3);
      if (n > 0 && global[n - 1] == row) {
        return;
      }
      if (n == global.length) {
        global = Arrays.copyOf(global, n * 2);
      }
      global[n++] = row;
      builder.add(r.getString(4), r.getLong(5), r.getString(6), r.getString(7), r.getLong(8), r.getString(9));
    }

    Ledger build() {
      return builder.build();
    }

    /** @return the global ledger row of each local row */
    long[] global() {
      return Arrays.copyOf(global, n);
    }
  }
}
