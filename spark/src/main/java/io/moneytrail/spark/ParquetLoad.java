package io.moneytrail.spark;

import io.moneytrail.ingest.CellReader;
import io.moneytrail.ingest.ColumnMapping;
import io.moneytrail.ingest.Field;
import io.moneytrail.ingest.IngestOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Parquet on Spark. Each input is read by Spark, its columns found by the mapping's or the
 * canonical names and brought to one shape (text, exact decimals, timestamps in microseconds);
 * rows are put in ledger order (input, file, row in file) and every cell is read with core's
 * {@link CellReader}, so a value is accepted or rejected, with the same reason, as in a CSV. The
 * rejects' {@code raw} is the row's cells joined by commas (typed timestamps as microseconds), not
 * CSV text.
 */
final class ParquetLoad {
  /**
   * One shape for every input: its position, file, row in file and the fields; amounts of decimal
   * and integer columns as their exact plain text ({@code amount_exact}), of text columns as given.
   */
  private static final StructType SHAPE = new StructType()
      .add("input", DataTypes.IntegerType, false)
      .add("file", DataTypes.StringType, false)
      .add("pos", DataTypes.LongType, false)
      .add("tx_id", DataTypes.StringType, true)
      .add("ts_micros", DataTypes.LongType, true)
      .add("ts_text", DataTypes.StringType, true)
      .add("from", DataTypes.StringType, true)
      .add("to", DataTypes.StringType, true)
      .add("amount_exact", DataTypes.StringType, true)
      .add("amount_text", DataTypes.StringType, true)
      .add("currency", DataTypes.StringType, true);

  /** A parsed row: a transaction (reason null) or a reject. */
  private static final StructType PARSED = new StructType()
      .add("input", DataTypes.IntegerType, false)
      .add("file", DataTypes.StringType, false)
      .add("pos", DataTypes.LongType, false)
      .add("tx_id", DataTypes.StringType, true)
      .add("epoch_millis", DataTypes.LongType, true)
      .add("from_account", DataTypes.StringType, true)
      .add("to_account", DataTypes.StringType, true)
      .add("amount", DataTypes.LongType, true)
      .add("currency", DataTypes.StringType, true)
      .add("column", DataTypes.StringType, true)
      .add("value", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true)
      .add("raw", DataTypes.StringType, true);

  private ParquetLoad() {}

  static SparkLedger load(SparkSession spark, IngestOptions options, List<String> paths) {
    if (!options.format().equals(IngestOptions.AUTO)) {
      throw new io.moneytrail.analysis.OptionException("--format", options.format(), "applies to CSV; Parquet columns are found "
          + "by the column mapping (--map) or by the canonical names");
    }
    List<String> inputs = Inputs.expand(spark, paths, true);
    Map<Field, String> names = columnNames(options.mapping().orElse(null));
    Dataset<Row> all = null;
    Boolean withIds = null;
    for (int i = 0; i < inputs.size(); i++) {
      Dataset<Row> df;
      try {
        df = spark.read().parquet(inputs.get(i));
      } catch (Exception e) {
        throw new SparkInputException(inputs.get(i) + ": cannot read Parquet: " + e.getMessage().lines().findFirst().orElse(""));
      }
      boolean hasIds = names.containsKey(Field.TX_ID) && find(df.schema(), names.get(Field.TX_ID)) != null;
      if (withIds != null && withIds != hasIds) {
        throw new SparkInputException(inputs.get(i) + ": " + (hasIds ? "has" : "has no") + " column "
            + names.getOrDefault(Field.TX_ID, "tx_id") + " but " + inputs.get(0) + (withIds ? " has" : " has not")
            + "; load inputs of one layout together");
      }
      withIds = hasIds;
      Dataset<Row> shaped = shape(df, i, inputs.get(i), names);
      all = all == null ? shaped : all.unionByName(shaped);
    }
    boolean rowIds = !withIds;
    IngestSpec spec = new IngestSpec(options);
    String[] columnName = {names.getOrDefault(Field.TX_ID, "tx_id"), names.get(Field.TIMESTAMP), names.get(Field.FROM),
        names.get(Field.TO), names.get(Field.AMOUNT), names.getOrDefault(Field.CURRENCY, "currency")};
    JavaPairRDD<Row, Long> numbered = all.orderBy("input", "file", "pos").javaRDD().zipWithIndex();
    JavaRDD<Row> parsedRdd = numbered.mapPartitions(it -> {
      IngestOptions o = spec.toOptions();
      CellReader text = new CellReader(o);
      CellReader exact = new CellReader(o.withDecimalComma(false));
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<Row, Long> t = it.next();
        out.add(parse(t._1(), t._2(), rowIds, o.defaultCurrency(), text, exact, columnName));
      }
      return out.iterator();
    });
    Dataset<Row> parsed = spark.createDataFrame(parsedRdd, PARSED).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> loaded = parsed.filter(functions.col("reason").isNull());
      JavaRDD<Row> txRdd = loaded.javaRDD().zipWithIndex().map(t -> RowFactory.create(t._2(), t._1().getString(3),
          t._1().getLong(4), t._1().getString(5), t._1().getString(6), t._1().getLong(7), t._1().getString(8)));
      Dataset<Row> tx = spark.createDataFrame(txRdd, SparkLedger.schema()).persist(StorageLevel.MEMORY_AND_DISK());
      List<Row> counts = parsed.groupBy("input", "file").agg(functions.count(functions.lit(1)).as("read"),
          functions.count(functions.col("reason")).as("rejected")).orderBy("input", "file").collectAsList();
      List<String> files = new ArrayList<>();
      Map<String, long[]> byFile = new HashMap<>();
      for (Row r : counts) {
        files.add(r.getString(1));
        byFile.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
      }
      if (options.strict()) {
        List<Row> first = parsed.filter(functions.col("reason").isNotNull()).orderBy("input", "file", "pos").limit(1)
            .collectAsList();
        if (!first.isEmpty()) {
          Row r = first.get(0);
          throw new SparkInputException(r.getString(1) + ": row " + (r.getLong(2) + 1)
              + (r.isNullAt(9) ? "" : ", column '" + r.getString(9) + "'")
              + (r.isNullAt(10) ? "" : ", value '" + r.getString(10) + "'") + ": " + r.getString(11));
        }
      }
      Map<String, Integer> fileIndex = new HashMap<>();
      List<InputFile> stats = new ArrayList<>();
      Configuration conf = spark.sparkContext().hadoopConfiguration();
      for (String f : files) {
        long[] c = byFile.get(f);
        fileIndex.put(f, stats.size());
        stats.add(new InputFile(f, "parquet", size(conf, f), c[0], c[0] - c[1], c[1], 0));
      }
      HashMap<String, Integer> index = new HashMap<>(fileIndex);
      Dataset<Row> rejects = spark.createDataFrame(parsed.filter(functions.col("reason").isNotNull()).javaRDD()
          .map(r -> RowFactory.create(index.get(r.getString(1)), r.getString(1), r.getLong(2) + 1, r.getString(9),
              r.getString(10), r.getString(11), r.getString(12))), SparkLedger.rejectSchema())
          .persist(StorageLevel.MEMORY_AND_DISK());
      // Materialise both from the parsed rows once, so that the inputs are read exactly once.
      tx.count();
      rejects.count();
      return new SparkLedger(spark, tx, rejects, options.scale(), "parquet", stats, List.of(tx, rejects));
    } finally {
      parsed.unpersist();
    }
  }

  private static long size(Configuration conf, String file) {
    try {
      Path p = new Path(new java.net.URI(file));
      return p.getFileSystem(conf).getFileStatus(p).getLen();
    } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
      return 0;
    }
  }

  /** @return the column name of each field: the mapping's, else the canonical one */
  private static Map<Field, String> columnNames(ColumnMapping mapping) {
    Map<Field, String> m = new HashMap<>();
    if (mapping != null) {
      m.putAll(mapping.columns());
      return m;
    }
    m.put(Field.TX_ID, "tx_id");
    m.put(Field.TIMESTAMP, "timestamp");
    m.put(Field.FROM, "from_account");
    m.put(Field.TO, "to_account");
    m.put(Field.AMOUNT, "amount");
    m.put(Field.CURRENCY, "currency");
    return m;
  }

  /** Case-insensitive lookup, exact match first (as core finds CSV header names). */
  private static StructField find(StructType schema, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    for (StructField f : schema.fields()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  private static Dataset<Row> shape(Dataset<Row> df, int input, String name, Map<Field, String> names) {
    StructType schema = df.schema();
    List<String> missing = new ArrayList<>();
    for (Field f : List.of(Field.TIMESTAMP, Field.FROM, Field.TO, Field.AMOUNT)) {
      if (find(schema, names.get(f)) == null) {
        missing.add(names.get(f));
      }
    }
    if (!missing.isEmpty()) {
      throw new SparkInputException(name + ": missing column(s) " + String.join(", ", missing) + " (columns: "
          + String.join(", ", Arrays.asList(schema.fieldNames())) + ")");
    }
    StructField id = names.containsKey(Field.TX_ID) ? find(schema, names.get(Field.TX_ID)) : null;
    StructField ts = find(schema, names.get(Field.TIMESTAMP));
    StructField amount = find(schema, names.get(Field.AMOUNT));
    StructField currency = find(schema, names.getOrDefault(Field.CURRENCY, "currency"));
    if (!names.containsKey(Field.CURRENCY)) {
      currency = null;
    }
    DataType tt = ts.dataType();
    Column micros = functions.lit(null).cast(DataTypes.LongType);
    Column tsText = functions.lit(null).cast(DataTypes.StringType);
    if (tt.equals(DataTypes.TimestampType)) {
      micros = functions.unix_micros(functions.col(q(ts)));
    } else if (tt.equals(DataTypes.TimestampNTZType)) {
      // a local date-time: read as text by core's rules, in the --zone
      tsText = functions.date_format(functions.col(q(ts)), "yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    } else if (tt.equals(DataTypes.StringType) || tt.equals(DataTypes.DateType)) {
      tsText = functions.col(q(ts)).cast(DataTypes.StringType);
    } else {
      throw new SparkInputException(name + ": column " + ts.name() + " has type " + tt.simpleString()
          + "; a timestamp must be a timestamp, a date or text");
    }
    DataType at = amount.dataType();
    Column exact = functions.lit(null).cast(DataTypes.StringType);
    Column amountText = functions.lit(null).cast(DataTypes.StringType);
    if (at instanceof DecimalType || at.equals(DataTypes.LongType) || at.equals(DataTypes.IntegerType)
        || at.equals(DataTypes.ShortType) || at.equals(DataTypes.ByteType)) {
      exact = functions.col(q(amount)).cast(DataTypes.StringType); // Spark writes decimals in plain notation
    } else if (at.equals(DataTypes.StringType)) {
      amountText = functions.col(q(amount));
    } else {
      throw new SparkInputException(name + ": column " + amount.name() + " has type " + at.simpleString()
          + "; an amount must be a decimal, a whole number or text (floating point cannot hold money exactly)");
    }
    return df.select(
        functions.lit(input).as("input"),
        functions.col("_metadata.file_path").as("file"),
        functions.col("_metadata.row_index").as("pos"),
        (id == null ? functions.lit(null) : functions.col(q(id))).cast(DataTypes.StringType).as("tx_id"),
        micros.as("ts_micros"),
        tsText.as("ts_text"),
        functions.col(q(find(schema, names.get(Field.FROM)))).cast(DataTypes.StringType).as("from"),
        functions.col(q(find(schema, names.get(Field.TO)))).cast(DataTypes.StringType).as("to"),
        exact.as("amount_exact"),
        amountText.as("amount_text"),
        (currency == null ? functions.lit(null) : functions.col(q(currency))).cast(DataTypes.StringType).as("currency"));
  }

  private static String q(StructField f) {
    return "`" + f.name().replace("`", "``") + "`";
  }

  /** Reads one shaped row into a transaction or a reject, with the reasons core gives for CSV cells. */
  private static Row parse(Row r, long number, boolean rowIds, String defaultCurrency, CellReader text,
      CellReader exact, String[] columnName) {
    String file = r.getString(1);
    long pos = r.getLong(2);
    int at = -1;
    try {
      at = 1;
      long millis;
      if (!r.isNullAt(4)) {
        long micros = r.getLong(4);
        if (micros % 1000 != 0) {
          throw new IllegalArgumentException("timestamp has precision below a millisecond, which is not kept");
        }
        millis = micros / 1000;
      } else {
        millis = text.timestamp(required(r, 5));
      }
      at = 2;
      String from = required(r, 6);
      at = 3;
      String to = required(r, 7);
      at = 4;
      long amount = r.isNullAt(8) ? text.amount(required(r, 9)) : exact.amount(r.getString(8));
      at = 5;
      String currency = r.isNullAt(10) ? defaultCurrency : required(r, 10);
      at = 0;
      String id = rowIds ? Long.toString(number + 1) : required(r, 3);
      return RowFactory.create(r.getInt(0), file, pos, id, millis, from, to, amount, currency, null, null, null, null);
    } catch (IllegalArgumentException e) {
      String value = switch (at) {
        case 0 -> str(r, 3);
        case 1 -> r.isNullAt(4) ? str(r, 5) : Long.toString(r.getLong(4));
        case 2 -> str(r, 6);
        case 3 -> str(r, 7);
        case 4 -> r.isNullAt(8) ? str(r, 9) : r.getString(8);
        default -> str(r, 10);
      };
      String raw = String.join(",", Arrays.asList(str(r, 3), r.isNullAt(4) ? str(r, 5) : Long.toString(r.getLong(4)),
          str(r, 6), str(r, 7), r.isNullAt(8) ? str(r, 9) : r.getString(8), str(r, 10)));
      return RowFactory.create(r.getInt(0), file, pos, null, null, null, null, null, null, columnName[at], value,
          e.getMessage(), raw);
    }
  }

  private static String str(Row r, int i) {
    return r.isNullAt(i) ? "" : r.getString(i);
  }

  private static String required(Row r, int i) {
    String v = r.isNullAt(i) ? "" : CellReader.strip(r.getString(i)); // as core strips CSV cells
    if (v.isEmpty()) {
      throw new IllegalArgumentException("required field is empty");
    }
    return v;
  }
}
