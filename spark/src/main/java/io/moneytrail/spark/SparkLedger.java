package io.moneytrail.spark;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Loaded transactions on Spark: the distributed counterpart of core's {@link Ledger}, with the same
 * values row for row. Read CSV with {@link #readCsv} (core's reader, presets and column mappings,
 * one task per file) or Parquet with {@link #readParquet}; both keep core's rule that every row is
 * loaded or rejected with its reason.
 *
 * <p>{@link #transactions()} has the columns {@value #ROW} (the 0-based ledger row: files in input
 * order, rows in file order; the same number core's {@link Ledger} gives the row), {@value #TX_ID},
 * {@value #TIME} (milliseconds since the epoch), {@value #FROM}, {@value #TO}, {@value #AMOUNT}
 * (minor units at {@link #scale()}) and {@value #CURRENCY}. Extra and label columns are not carried:
 * no analysis reads them. The parsed rows are cached (memory and disk) by the load, so that every
 * analysis reads them from the cache; {@link #unpersist()} releases it.
 */
public final class SparkLedger {
  /** The 0-based ledger row (long). */
  public static final String ROW = "row";
  /** The transaction id (string). */
  public static final String TX_ID = "tx_id";
  /** The time in milliseconds since the epoch (long). */
  public static final String TIME = "epoch_millis";
  /** The paying account key (string). */
  public static final String FROM = "from_account";
  /** The receiving account key (string). */
  public static final String TO = "to_account";
  /** The amount in minor units at the ledger's scale (long). */
  public static final String AMOUNT = "amount";
  /** The currency code (string). */
  public static final String CURRENCY = "currency";

  private static final StructType SCHEMA = new StructType()
      .add(ROW, DataTypes.LongType, false)
      .add(TX_ID, DataTypes.StringType, false)
      .add(TIME, DataTypes.LongType, false)
      .add(FROM, DataTypes.StringType, false)
      .add(TO, DataTypes.StringType, false)
      .add(AMOUNT, DataTypes.LongType, false)
      .add(CURRENCY, DataTypes.StringType, false);

  private static final StructType REJECT_SCHEMA = new StructType()
      .add("file_index", DataTypes.IntegerType, false)
      .add("file", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("column", DataTypes.StringType, true)
      .add("value", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, false)
      .add("raw", DataTypes.StringType, false);

  private final SparkSession spark;
  private final Dataset<Row> transactions;
  private final Dataset<Row> rejects;
  private final int scale;
  private final String format;
  private final List<InputFile> files;
  private final List<Dataset<Row>> cached;

  SparkLedger(SparkSession spark, Dataset<Row> transactions, Dataset<Row> rejects, int scale, String format,
      List<InputFile> files, List<Dataset<Row>> cached) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.rejects = Objects.requireNonNull(rejects, "rejects");
    this.scale = scale;
    this.format = Objects.requireNonNull(format, "format");
    this.files = List.copyOf(files);
    this.cached = List.copyOf(cached);
  }

  /** @return the schema of {@link #transactions()} */
  public static StructType schema() {
    return SCHEMA;
  }

  /**
   * @return the schema of {@link #rejects()}: {@code file_index} (position of the file in
   *     {@link #files()}), {@code file}, {@code line} (1-based line where the row starts; for Parquet
   *     the 1-based row in its file), {@code column}, {@code value} (null when the fault is not in
   *     one cell), {@code reason}, {@code raw} (the row as CSV text; for Parquet its cells joined by commas)
   */
  public static StructType rejectSchema() {
    return REJECT_SCHEMA;
  }

  /**
   * Reads the inputs as CSV or Parquet: paths ending in {@code .parquet} (files or folders) are read
   * as Parquet, everything else as CSV. All inputs of one call must be of one kind.
   *
   * @param spark the session
   * @param options how to read (core's ingest options; for Parquet the column mapping, scale, zone,
   *     timestamp pattern, decimal comma and default currency apply)
   * @param paths files, folders or globs on any Hadoop-compatible file system, in ledger order
   * @return the loaded ledger
   * @throws SparkInputException when an input cannot be loaded at all
   */
  public static SparkLedger read(SparkSession spark, IngestOptions options, List<String> paths) {
    if (paths.isEmpty()) {
      throw new SparkInputException("no input files given");
    }
    long parquet = paths.stream().filter(SparkLedger::isParquet).count();
    if (parquet == 0) {
      return readCsv(spark, options, paths);
    }
    if (parquet == paths.size()) {
      return readParquet(spark, options, paths);
    }
    throw new SparkInputException("inputs mix Parquet (*.parquet) and CSV; load one kind at a time");
  }

  static boolean isParquet(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.endsWith(".parquet");
  }

  /**
   * Reads CSV files with core's reader ({@link io.moneytrail.ingest.LedgerReader}): the same
   * presets, column mappings, rejections and messages, and the same transaction ids (row numbers
   * over all files where the layout has no id column). One Spark task reads one file, so the load
   * runs in parallel over files; a single very large file is read by one task (split it, or convert
   * it to Parquet once).
   *
   * @param spark the session
   * @param options how to read
   * @param paths files, folders (their files, sorted by name) or globs, in ledger order
   * @return the loaded ledger
   * @throws SparkInputException when a file cannot be loaded at all, or in strict mode on the first
   *     bad row (of the first file that has one)
   */
  public static SparkLedger readCsv(SparkSession spark, IngestOptions options, List<String> paths) {
    return CsvLoad.load(spark, options, paths);
  }

  /**
   * Reads Parquet files. The columns are found by the column mapping's names when one is given,
   * else by moneytrail's canonical names ({@code tx_id}, {@code timestamp}, {@code from_account},
   * {@code to_account}, {@code amount}, optional {@code currency}). Timestamps may be Spark
   * timestamps (held to the millisecond; finer digits are rejected), local date-times or text (both
   * read in the options' zone as core reads CSV cells); amounts may be decimals, whole numbers or
   * text, all read exactly by core's rules (floating-point columns are refused: they cannot hold
   * money exactly). Without a {@code tx_id} column the id is the 1-based row number over all files;
   * all inputs must agree on having one. In strict mode the first bad row ends the load.
   *
   * @param spark the session
   * @param options the mapping, scale, zone, timestamp pattern, decimal comma and default currency
   * @param paths Parquet files or folders, in ledger order
   * @return the loaded ledger
   * @throws SparkInputException when an input is not Parquet, a column is missing or of an unusable
   *     type, or (strict mode) a row is bad
   * @throws io.moneytrail.analysis.OptionException when a CSV {@code format} other than {@code auto} is given
   */
  public static SparkLedger readParquet(SparkSession spark, IngestOptions options, List<String> paths) {
    return ParquetLoad.load(spark, options, paths);
  }

  /**
   * Puts a core ledger on Spark, row for row (for embedding and tests).
   *
   * @param spark the session
   * @param ledger the transactions
   * @return the ledger on Spark, with no input files and no rejects
   */
  public static SparkLedger of(SparkSession spark, Ledger ledger) {
    List<Row> rows = new ArrayList<>(ledger.size());
    for (int i = 0; i < ledger.size(); i++) {
      rows.add(RowFactory.create((long) i, ledger.txId(i), ledger.epochMillis(i), ledger.from(i), ledger.to(i),
          ledger.amount(i), ledger.currency(i)));
    }
    Dataset<Row> tx = spark.createDataFrame(rows, SCHEMA);
    return new SparkLedger(spark, tx, spark.createDataFrame(List.of(), REJECT_SCHEMA), ledger.scale(), "ledger",
        List.of(), List.of());
  }

  /** @return the session the datasets belong to */
  public SparkSession session() {
    return spark;
  }

  /** @return the loaded transactions (see the class description for the columns) */
  public Dataset<Row> transactions() {
    return transactions;
  }

  /**
   * The transactions {@code moneytrail analyze} examines: with {@link
   * io.moneytrail.analysis.cases.CaseOptions#ignoreEstablished()}, only those of relationships (payer
   * to payee) whose transactions span at most {@link
   * io.moneytrail.analysis.cases.CaseOptions#establishedAfter()}, as core's analysis does.
   *
   * @param cases the case options
   * @return a ledger with the same inputs, counts and rejects whose transactions are those examined
   *     (cached, memory and disk; its {@link #unpersist()} releases them with the loaded rows)
   */
  public SparkLedger examined(io.moneytrail.analysis.cases.CaseOptions cases) {
    if (!cases.ignoreEstablished()) {
      return this;
    }
    org.apache.spark.sql.expressions.WindowSpec pair = org.apache.spark.sql.expressions.Window.partitionBy(FROM, TO);
    Dataset<Row> t = transactions.withColumn("pair_span", org.apache.spark.sql.functions.max(TIME).over(pair)
            .minus(org.apache.spark.sql.functions.min(TIME).over(pair)))
        .where(org.apache.spark.sql.functions.col("pair_span").leq(cases.establishedAfter().toMillis()))
        .drop("pair_span").persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    List<Dataset<Row>> all = new java.util.ArrayList<>(cached);
    all.add(t);
    return new SparkLedger(spark, t, rejects, scale, format, files, all);
  }

  /** @return every rejected row (see {@link #rejectSchema()}) */
  public Dataset<Row> rejects() {
    return rejects;
  }

  /** @return decimal digits of the minor units in {@link #AMOUNT} */
  public int scale() {
    return scale;
  }

  /** @return the layout name all files were read with */
  public String format() {
    return format;
  }

  /** @return counts per input file, in ledger order */
  public List<InputFile> files() {
    return files;
  }

  /** @return data rows read over all files */
  public long rowsRead() {
    return files.stream().mapToLong(InputFile::rowsRead).sum();
  }

  /** @return rows loaded over all files */
  public long rowsLoaded() {
    return files.stream().mapToLong(InputFile::rowsLoaded).sum();
  }

  /** Releases the cached copy of the loaded rows (the datasets are then read again from the inputs if used). */
  public void unpersist() {
    cached.forEach(Dataset::unpersist);
  }

  /** @return rows rejected over all files */
  public long rowsRejected() {
    return files.stream().mapToLong(InputFile::rowsRejected).sum();
  }
}
