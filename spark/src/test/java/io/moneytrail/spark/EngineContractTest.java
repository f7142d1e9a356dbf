package io.moneytrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.ingest.ColumnMapping;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract between the engines: on every fixture, core on one machine and Spark (local[2]) load
 * the same rows, reject the same rows for the same reasons, and find exactly the same findings of
 * every analysis, in the same order, with the same truncation.
 */
class EngineContractTest {
  private static final Path DATA = Path.of("..", "examples", "data");
  private static SparkSession spark;
  private static final Map<String, Integer> FOUND = new TreeMap<>();
  private static long rejected;
  private static int truncations;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void everyAnalysisWasExercised() {
    spark.stop();
    System.out.println("compared findings: " + FOUND + ", rejects " + rejected + ", truncated results " + truncations);
    for (Detector a : Detector.values()) {
      assertTrue(FOUND.getOrDefault(a.id(), 0) >= 10, "too few " + a.id() + " findings to compare: " + FOUND);
    }
    assertTrue(rejected > 0, "no fixture had rejected rows");
    assertTrue(truncations > 0, "no fixture hit the cycle cap");

  }

  static Stream<Fixture> seeded() {
    return LongStream.rangeClosed(1, 20).mapToObj(seed -> Fixture.generated(seed, dir));
  }

  static Stream<Fixture> bundled() {
    AnalysisSettings sensitive = AnalysisSettings.defaults()
        .with(Detector.CYCLES, CycleOptions.defaults().withWindow(Duration.ofDays(60)))
        .with(Detector.FAN_OUT, new BurstOptions(2, Duration.ofDays(7), BigDecimal.ZERO))
        .with(Detector.FAN_IN, new BurstOptions(2, Duration.ofDays(7), BigDecimal.ZERO))
        .with(Detector.SCATTER_GATHER, new BurstOptions(2, Duration.ofDays(30), BigDecimal.ZERO))
        .with(Detector.GATHER_SCATTER, new BurstOptions(1, Duration.ofDays(30), BigDecimal.ZERO))
        .with(Detector.MULES, new MuleOptions(new BigDecimal("0.5"), Duration.ofDays(3), 1, BigDecimal.ZERO));
    IngestOptions defaults = IngestOptions.defaults();
    IngestOptions german = defaults.withMapping(ColumnMapping.load(DATA.resolve("bank-export-de.mapping")));
    return Stream.of(
        new Fixture("scam-centre.csv", List.of(DATA.resolve("scam-centre.csv")), defaults, AnalysisSettings.defaults(),
            OptionalLong.empty()),
        new Fixture("scam-centre.csv, day buckets", List.of(DATA.resolve("scam-centre.csv")), defaults, sensitive,
            OptionalLong.of(Duration.ofDays(1).toMillis())),
        new Fixture("amlworld-sample.csv", List.of(DATA.resolve("amlworld-sample.csv")), defaults, sensitive,
            OptionalLong.empty()),
        new Fixture("amlsim-sample.csv", List.of(DATA.resolve("amlsim-sample.csv")), defaults, sensitive,
            OptionalLong.empty()),
        new Fixture("paysim-sample.csv", List.of(DATA.resolve("paysim-sample.csv")), defaults, sensitive,
            OptionalLong.empty()),
        new Fixture("bank-export-de.csv", List.of(DATA.resolve("bank-export-de.csv")), german, sensitive,
            OptionalLong.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeded")
  void seededFixturesGiveTheSameFindingsOnBothEngines(Fixture fixture) {
    compare(fixture);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundled")
  void bundledExamplesGiveTheSameFindingsOnBothEngines(Fixture fixture) {
    compare(fixture);
  }

  /**
   * The same contract with Parquet input: the ledger core loaded from a fixture's CSV, written as
   * two typed Parquet inputs (timestamps, decimals), loaded and analysed by Spark.
   */
  @ParameterizedTest(name = "{0} as Parquet")
  @MethodSource("asParquet")
  void parquetInputGivesCoresFindingsOnTheSameTransactions(Fixture fixture) {
    EngineResult core = new CoreEngine().run(fixture);
    io.moneytrail.ledger.Ledger ledger = io.moneytrail.ingest.LedgerReader.read(fixture.ingest(),
        fixture.files().toArray(new Path[0])).ledger();
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("tx_id", org.apache.spark.sql.types.DataTypes.StringType)
        .add("timestamp", org.apache.spark.sql.types.DataTypes.TimestampType)
        .add("from_account", org.apache.spark.sql.types.DataTypes.StringType)
        .add("to_account", org.apache.spark.sql.types.DataTypes.StringType)
        .add("amount", org.apache.spark.sql.types.DataTypes.createDecimalType(20, ledger.scale()))
        .add("currency", org.apache.spark.sql.types.DataTypes.StringType);
    List<String> inputs = new java.util.ArrayList<>();
    int cut = ledger.size() / 2;
    for (int[] range : new int[][] {{0, cut}, {cut, ledger.size()}}) {
      List<org.apache.spark.sql.Row> rows = new java.util.ArrayList<>();
      for (int i = range[0]; i < range[1]; i++) {
        rows.add(org.apache.spark.sql.RowFactory.create(ledger.txId(i), java.sql.Timestamp.from(ledger.timestamp(i)),
            ledger.from(i), ledger.to(i), java.math.BigDecimal.valueOf(ledger.amount(i), ledger.scale()),
            ledger.currency(i)));
      }
      String path = dir.resolve(fixture.name().replace(' ', '-') + "-" + inputs.size() + ".parquet").toString();
      spark.createDataFrame(rows, schema).coalesce(1).write().parquet(path);
      inputs.add(path);
    }
    SparkLedger onSpark = SparkLedger.readParquet(spark, fixture.ingest(), inputs);
    try {
      assertEquals(core.rowsLoaded(), onSpark.rowsLoaded());
      SparkDetectors.run(onSpark, List.of(Detector.values()), fixture.settings(), fixture.bucketLength())
          .forEach((a, f) -> {
            assertEquals(core.findings().get(a.id()), f.findings(), a.id() + " findings of " + fixture + " as Parquet");
            assertEquals(core.truncated().get(a.id()), f.truncated(), a.id() + " truncation of " + fixture);
          });
    } finally {
      onSpark.unpersist();
    }
  }

  static Stream<Fixture> asParquet() {
    return LongStream.of(3, 8).mapToObj(seed -> Fixture.generated(seed, dir));
  }

  private static void compare(Fixture fixture) {
    EngineResult core = new CoreEngine().run(fixture);
    EngineResult onSpark = new SparkEngine(spark).run(fixture);
    assertEquals(core.rowsRead(), onSpark.rowsRead(), "rows read");
    assertEquals(core.rowsLoaded(), onSpark.rowsLoaded(), "rows loaded");
    assertEquals(core.rejects(), onSpark.rejects(), "rejects");
    for (String kind : core.findings().keySet()) {
      assertEquals(core.findings().get(kind), onSpark.findings().get(kind), kind + " findings of " + fixture);
      assertEquals(core.truncated().get(kind), onSpark.truncated().get(kind), kind + " truncation of " + fixture);
      FOUND.merge(kind, core.findings().get(kind).size(), Integer::sum);
      truncations += core.truncated().get(kind) ? 1 : 0;
    }
    rejected += core.rejects().size();
  }
}
