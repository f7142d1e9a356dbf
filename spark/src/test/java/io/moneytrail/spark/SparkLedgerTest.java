package io.moneytrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.ingest.IngestException;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ingest.RejectedRow;
import io.moneytrail.ledger.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading on Spark gives core's rows, ids, rejects and errors, for CSV and for Parquet. */
class SparkLedgerTest {
  private static final Path DATA = Path.of("..", "examples", "data");
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** @return each transaction as {@code row|id|millis|from|to|amount|currency}, in ledger order */
  static List<String> rows(Ledger ledger) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ledger.size(); i++) {
      out.add(i + "|" + ledger.txId(i) + "|" + ledger.epochMillis(i) + "|" + ledger.from(i) + "|" + ledger.to(i) + "|"
          + ledger.amount(i) + "|" + ledger.currency(i));
    }
    return out;
  }

  static List<String> rows(SparkLedger ledger) {
    List<String> out = new ArrayList<>();
    for (Row r : ledger.transactions().orderBy(SparkLedger.ROW).collectAsList()) {
      out.add(r.getLong(0) + "|" + r.getString(1) + "|" + r.getLong(2) + "|" + r.getString(3) + "|" + r.getString(4)
          + "|" + r.getLong(5) + "|" + r.getString(6));
    }
    return out;
  }

  static List<String> rejects(LoadResult load) {
    List<String> out = new ArrayList<>();
    for (RejectedRow r : load.rejects()) {
      out.add(r.line() + "|" + r.column().orElse("") + "|" + r.value().orElse("") + "|" + r.reason());
    }
    return out;
  }

  static List<String> rejects(SparkLedger ledger) {
    List<String> out = new ArrayList<>();
    for (Row r : ledger.rejects().orderBy("file_index", "line").collectAsList()) {
      out.add(r.getLong(2) + "|" + (r.isNullAt(3) ? "" : r.getString(3)) + "|" + (r.isNullAt(4) ? "" : r.getString(4))
          + "|" + r.getString(5));
    }
    return out;
  }

  /** Splits a bundled file in two, each with the header. */
  private List<Path> split(String name) throws IOException {
    List<String> lines = Files.readAllLines(DATA.resolve(name));
    int cut = 1 + (lines.size() - 1) / 2;
    Path a = Files.write(dir.resolve("1-" + name), lines.subList(0, cut));
    List<String> second = new ArrayList<>(List.of(lines.get(0)));
    second.addAll(lines.subList(cut, lines.size()));
    Path b = Files.write(dir.resolve("2-" + name), second);
    return List.of(a, b);
  }

  @Test
  void filesWithoutIdsAreNumberedOverAllFilesAsInCore() throws IOException {
    for (String name : List.of("amlworld-sample.csv", "paysim-sample.csv")) {
      List<Path> files = split(name);
      LoadResult core = LedgerReader.read(IngestOptions.defaults(), files.toArray(new Path[0]));
      SparkLedger onSpark = SparkLedger.readCsv(spark, IngestOptions.defaults(), files.stream().map(Path::toString).toList());
      assertTrue(core.rowNumberIds());
      assertEquals(rows(core.ledger()), rows(onSpark), name);
      assertEquals(core.format(), onSpark.format());
      assertEquals(2, onSpark.files().size());
      assertEquals(core.files().get(1).rowsRead(), onSpark.files().get(1).rowsRead());
    }
  }

  @Test
  void filesOfAnotherFormatThanTheFirstAreRefused() {
    SparkInputException e = assertThrows(SparkInputException.class, () -> SparkLedger.readCsv(spark,
        IngestOptions.defaults(), List.of(DATA.resolve("scam-centre.csv").toString(), DATA.resolve("paysim-sample.csv").toString())));
    assertTrue(e.getMessage().contains("paysim-sample.csv:1: has format paysim but"), e.getMessage());
    assertTrue(e.getMessage().endsWith("has format moneytrail; load files of one format together"), e.getMessage());
  }

  @Test
  void strictModeStopsWithCoresMessageNamingTheFileAsGiven() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "tx_id,timestamp,from_account,to_account,amount,currency\n"
        + "T1,2025-01-01T10:00:00Z,A,B,10.00,EUR\nT2,2025-01-01T11:00:00Z,B,A,0,EUR\n");
    IngestOptions strict = IngestOptions.defaults().withStrict(true);
    IngestException core = assertThrows(IngestException.class, () -> LedgerReader.read(strict, bad));
    SparkInputException e = assertThrows(SparkInputException.class,
        () -> SparkLedger.readCsv(spark, strict, List.of(bad.toString())));
    assertEquals(core.getMessage(), e.getMessage());
    assertTrue(e.getMessage().startsWith(bad + ":3"), e.getMessage());
  }

  @Test
  void encodingLineLengthAndLenientQuotesReachTheExecutorsAndGiveCoresRowsAndRejects() throws IOException {
    String text = "tx_id,timestamp,from_account,to_account,amount,currency\n"
        + "T1,2025-01-01T10:00:00Z,M\u00fcller,B,10.00,EUR\n"
        + "T2,2025-01-01T11:00:00Z,\"B,A,1.00,EUR\n" // an unclosed quote
        + "T3,2025-01-01T12:00:00Z,B," + "x".repeat(300) + ",2.00,EUR\n" // longer than the limit
        + "T4,2025-01-01T13:00:00Z,B,A,3.00,EUR\n";
    Path file = Files.write(dir.resolve("w.csv"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    IngestOptions o = IngestOptions.defaults().withEncoding(java.nio.charset.Charset.forName("windows-1252"))
        .withMaxLineLength(200).withLenientQuotes(true);
    LoadResult core = LedgerReader.read(o, file);
    SparkLedger onSpark = SparkLedger.readCsv(spark, o, List.of(file.toString()));
    assertEquals(2, core.rowsLoaded());
    assertEquals("M\u00fcller", core.ledger().from(0));
    assertEquals(rows(core.ledger()), rows(onSpark));
    assertEquals(rejects(core), rejects(onSpark));
    IngestException strictQuotes = assertThrows(IngestException.class, () -> LedgerReader.read(o.withLenientQuotes(false), file));
    SparkInputException e = assertThrows(SparkInputException.class,
        () -> SparkLedger.readCsv(spark, o.withLenientQuotes(false), List.of(file.toString())));
    assertEquals(strictQuotes.getMessage(), e.getMessage());
  }

  @Test
  void theFirstErrorIsTheOneCoreRaisesHeadersAndFormatsBeforeRows() throws IOException {
    String header = "tx_id,timestamp,from_account,to_account,amount,currency\n";
    Path badRow = Files.writeString(dir.resolve("a-bad-row.csv"), header + "T1,2025-01-01T10:00:00Z,A,B,0,EUR\n");
    Path badHeader = Files.writeString(dir.resolve("b-bad-header.csv"), "who,what\n1,2\n");
    Path good = Files.writeString(dir.resolve("c-good.csv"), header + "T2,2025-01-01T10:00:00Z,A,B,1,EUR\n");
    Path empty = Files.writeString(dir.resolve("d-empty.csv"), header);
    IngestOptions strict = IngestOptions.defaults().withStrict(true);
    for (List<Path> files : List.of(List.of(badRow, badHeader), List.of(good, DATA.resolve("paysim-sample.csv"), empty),
        List.of(good, empty, badRow), List.of(badRow, good))) {
      IngestException core = assertThrows(IngestException.class, () -> LedgerReader.read(strict, files.toArray(new Path[0])));
      SparkInputException e = assertThrows(SparkInputException.class,
          () -> SparkLedger.readCsv(spark, strict, files.stream().map(Path::toString).toList()));
      assertEquals(core.getMessage(), e.getMessage(), files.toString());
    }
  }

  @Test
  void foldersAndGlobsExpandInNameOrderSkippingHiddenFiles() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("exports"));
    List<String> lines = Files.readAllLines(DATA.resolve("scam-centre.csv"));
    Files.write(folder.resolve("b.csv"), List.of(lines.get(0), lines.get(2)));
    Files.write(folder.resolve("a.csv"), List.of(lines.get(0), lines.get(1)));
    Files.writeString(folder.resolve("_SUCCESS"), "");
    Files.writeString(folder.resolve(".a.csv.crc"), "junk");
    SparkLedger byFolder = SparkLedger.readCsv(spark, IngestOptions.defaults(), List.of(folder.toString()));
    SparkLedger byGlob = SparkLedger.readCsv(spark, IngestOptions.defaults(), List.of(folder + "/*.csv"));
    LoadResult core = LedgerReader.read(IngestOptions.defaults(), folder.resolve("a.csv"), folder.resolve("b.csv"));
    assertEquals(rows(core.ledger()), rows(byFolder));
    assertEquals(rows(core.ledger()), rows(byGlob));
    assertTrue(byFolder.files().get(0).path().endsWith("a.csv"), byFolder.files().toString());
    SparkInputException e = assertThrows(SparkInputException.class,
        () -> SparkLedger.readCsv(spark, IngestOptions.defaults(), List.of(folder + "/*.txt")));
    assertTrue(e.getMessage().contains("*.txt: cannot read file: no such file"), e.getMessage());
  }

  @Test
  void typedParquetLoadsExactlyTheValuesOfTheCsv() {
    LoadResult core = LedgerReader.read(IngestOptions.defaults(), DATA.resolve("scam-centre.csv"));
    String parquet = dir.resolve("scam.parquet").toString();
    spark.read().option("header", "true").csv(DATA.resolve("scam-centre.csv").toString())
        .selectExpr("tx_id", "to_timestamp(timestamp) as timestamp", "from_account", "to_account",
            "cast(amount as decimal(14, 2)) as amount", "currency", "channel")
        .coalesce(1).write().parquet(parquet);
    SparkLedger onSpark = SparkLedger.read(spark, IngestOptions.defaults(), List.of(parquet));
    assertEquals("parquet", onSpark.format());
    assertEquals(rows(core.ledger()), rows(onSpark));
    assertEquals(core.rowsRead(), onSpark.rowsRead());
    assertEquals(0, onSpark.rowsRejected());
  }

  @Test
  void parquetTextCellsAreAcceptedAndRejectedByCoresRules() throws IOException {
    String[][] cells = {
        {"T1", "2025-01-01T10:00:00Z", "A", "B", "10.00", "EUR"},
        {"T2", "2025-02-30T10:00:00Z", "A", "B", "10.00", "EUR"},
        {"T3", "2025-01-01", "A", "B", "1,234.50", "EUR"},
        {"T4", "2025-01-01T10:00:00.0001Z", "A", "B", "10", "EUR"},
        {"T5", "2025-01-01T10:00:00+02:00", "A", "", "10", "EUR"},
        {"T6", "2025-01-01T10:00:00Z", "A", "B", "ten", "EUR"},
        {"T7", "2025-01-01T10:00:00Z", "A", "B", "-5", "EUR"},
        {"T8", "2025-01-01T10:00:00Z", "A", "B", "1.234", "EUR"},
        {"", "2025-01-01T10:00:00Z", "A", "B", "1", "EUR"},
        {"T10", "2025-01-01T10:00:00Z", "C", "D", "99999999999999999999", "USD"}};
    StringBuilder csv = new StringBuilder("tx_id,timestamp,from_account,to_account,amount,currency\n");
    List<Row> rows = new ArrayList<>();
    for (String[] c : cells) {
      csv.append(String.join(",", List.of(c).stream().map(v -> v.contains(",") ? "\"" + v + "\"" : v).toList())).append('\n');
      rows.add(org.apache.spark.sql.RowFactory.create((Object[]) c));
    }
    Path csvFile = Files.writeString(dir.resolve("cells.csv"), csv);
    LoadResult core = LedgerReader.read(IngestOptions.defaults(), csvFile);
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType();
    for (String name : List.of("tx_id", "timestamp", "from_account", "to_account", "amount", "currency")) {
      schema = schema.add(name, org.apache.spark.sql.types.DataTypes.StringType);
    }
    String parquet = dir.resolve("cells.parquet").toString();
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(parquet);
    SparkLedger onSpark = SparkLedger.readParquet(spark, IngestOptions.defaults(), List.of(parquet));
    assertEquals(rows(core.ledger()), rows(onSpark));
    List<String> expected = new ArrayList<>();
    for (String r : rejects(core)) {
      long line = Long.parseLong(r.substring(0, r.indexOf('|')));
      expected.add((line - 1) + r.substring(r.indexOf('|'))); // a Parquet row number is its CSV line less the header
    }
    assertEquals(expected, rejects(onSpark));
    assertEquals(8, onSpark.rowsRejected());
  }

  @Test
  void parquetLocalTimesAreReadInTheZoneAndWideDecimalsExactly() throws IOException {
    Path csv = Files.writeString(dir.resolve("local.csv"), "tx_id,timestamp,from_account,to_account,amount,currency\n"
        + "T1,2025-03-30T01:30:00,A,B,12.50,EUR\nT2,2025-03-30T02:30:00,B,C,3,EUR\nT3,2025-10-26T02:30:00,C,A,7.25,EUR\n");
    IngestOptions berlin = IngestOptions.defaults().withZone(java.time.ZoneId.of("Europe/Berlin"));
    LoadResult core = LedgerReader.read(berlin, csv);
    String parquet = dir.resolve("local.parquet").toString();
    spark.read().option("header", "true").csv(csv.toString())
        .selectExpr("tx_id", "cast(timestamp as timestamp_ntz) as timestamp", "from_account", "to_account",
            "cast(amount as decimal(38, 2)) as amount", "currency")
        .coalesce(1).write().parquet(parquet);
    SparkLedger onSpark = SparkLedger.readParquet(spark, berlin, List.of(parquet));
    assertEquals(rows(core.ledger()), rows(onSpark));
    assertEquals(1, onSpark.rowsRejected()); // 02:30 on 30 March does not exist in Berlin
    assertTrue(rejects(onSpark).get(0).endsWith("(the clocks skip it)"), rejects(onSpark).toString());
  }

  @Test
  void parquetStrictModeMixedIdsAndCsvFormatsAreRefused() {
    String a = dir.resolve("with-ids.parquet").toString();
    String b = dir.resolve("without-ids.parquet").toString();
    spark.sql("select 'T1' as tx_id, '2025-01-01' as timestamp, 'A' as from_account, 'B' as to_account, '0' as amount")
        .write().parquet(a);
    spark.sql("select '2025-01-01' as timestamp, 'A' as from_account, 'B' as to_account, '5' as amount").write().parquet(b);
    SparkInputException strict = assertThrows(SparkInputException.class,
        () -> SparkLedger.readParquet(spark, IngestOptions.defaults().withStrict(true), List.of(a)));
    assertTrue(strict.getMessage().contains(": row 1, column 'amount', value '0': amount must be greater than zero"),
        strict.getMessage());
    SparkInputException mixed = assertThrows(SparkInputException.class,
        () -> SparkLedger.readParquet(spark, IngestOptions.defaults(), List.of(a, b)));
    assertTrue(mixed.getMessage().contains("has no column tx_id"), mixed.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SparkLedger.readParquet(spark, IngestOptions.defaults().withFormat("paysim"), List.of(a)));
    List<String> numbered = rows(SparkLedger.readParquet(spark, IngestOptions.defaults(), List.of(b)));
    assertTrue(numbered.get(0).startsWith("0|1|"), numbered.toString()); // no id column: the 1-based row number
  }

  @Test
  void parquetSubMillisecondTimestampsAndFloatingPointAmounts() {
    String parquet = dir.resolve("micros.parquet").toString();
    spark.sql("select 'T1' as tx_id, to_timestamp('2025-01-01 10:00:00.123') as timestamp, 'A' as from_account, "
        + "'B' as to_account, cast(5 as int) as amount union all select 'T2', to_timestamp('2025-01-01 10:00:00.123456'), "
        + "'B', 'A', 6").coalesce(1).write().parquet(parquet);
    SparkLedger l = SparkLedger.readParquet(spark, IngestOptions.defaults().withDefaultCurrency("EUR"), List.of(parquet));
    assertEquals(List.of("0|T1|1735725600123|A|B|500|EUR"), rows(l));
    assertEquals(List.of("2|timestamp|1735725600123456|timestamp has precision below a millisecond, which is not kept"),
        rejects(l));

    String floats = dir.resolve("floats.parquet").toString();
    spark.sql("select 'T1' as tx_id, '2025-01-01' as timestamp, 'A' as from_account, 'B' as to_account, "
        + "cast(0.1 as double) as amount").write().parquet(floats);
    SparkInputException e = assertThrows(SparkInputException.class,
        () -> SparkLedger.readParquet(spark, IngestOptions.defaults(), List.of(floats)));
    assertTrue(e.getMessage().contains("column amount has type double"), e.getMessage());
  }
}
