package io.moneytrail.spark;

import io.moneytrail.ingest.FileStats;
import io.moneytrail.ingest.IngestException;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ingest.ProgressListener;
import io.moneytrail.ingest.RejectedRow;
import io.moneytrail.ledger.Ledger;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * CSV on Spark through core's {@link LedgerReader}: one task per file reads it exactly as the
 * single-machine tool does; the driver then checks the files agree on their format, numbers the
 * rows over all files (ledger rows, and ids where the layout has no id column) and keeps the
 * rejects.
 */
final class CsvLoad {
  private static final int TX = 0;
  private static final int REJECT = 1;
  private static final int STATS = 2;
  private static final int ERROR = 3; // a load error; format holds the file's layout
  private static final int LAYOUT_ERROR = 4; // the header could not be read with the options

  /** What a file task emits: transactions, rejects, one stats row, or one error row. */
  static final StructType RAW = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("file", DataTypes.IntegerType, false)
      .add("n", DataTypes.LongType, false)
      .add("tx_id", DataTypes.StringType, true)
      .add("epoch_millis", DataTypes.LongType, true)
      .add("from_account", DataTypes.StringType, true)
      .add("to_account", DataTypes.StringType, true)
      .add("amount", DataTypes.LongType, true)
      .add("currency", DataTypes.StringType, true)
      .add("column", DataTypes.StringType, true)
      .add("value", DataTypes.StringType, true)
      .add("reason", DataTypes.StringType, true)
      .add("raw", DataTypes.StringType, true)
      .add("format", DataTypes.StringType, true)
      .add("size", DataTypes.LongType, true)
      .add("read", DataTypes.LongType, true)
      .add("loaded", DataTypes.LongType, true)
      .add("rejected", DataTypes.LongType, true)
      .add("blank", DataTypes.LongType, true)
      .add("row_ids", DataTypes.BooleanType, true);

  private CsvLoad() {}

  static SparkLedger load(SparkSession spark, IngestOptions options, List<String> paths) {
    List<String> files = Inputs.expand(spark, paths, false);
    List<Tuple2<Integer, String>> indexed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      indexed.add(new Tuple2<>(i, files.get(i)));
    }
    IngestSpec spec = new IngestSpec(options);
    HashMap<String, String> hadoop = Inputs.hadoopSettings(spark);
    JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(indexed, indexed.size())
        .mapPartitions((FlatMapFunction<Iterator<Tuple2<Integer, String>>, Row>) it -> readFiles(it, spec, hadoop));
    Dataset<Row> raw = spark.createDataFrame(rows, RAW).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<Row> meta = raw.filter(functions.col("kind").geq(STATS)).collectAsList();
      List<InputFile> stats = checkMeta(meta, files);
      boolean rowIds = meta.stream().anyMatch(r -> r.getInt(0) == STATS && r.getBoolean(19));
      long[] loadedBefore = new long[files.size()];
      long[] readBefore = new long[files.size()];
      for (int f = 1; f < files.size(); f++) {
        loadedBefore[f] = loadedBefore[f - 1] + stats.get(f - 1).rowsLoaded();
        readBefore[f] = readBefore[f - 1] + stats.get(f - 1).rowsRead();
      }
      Dataset<Row> tx = raw.filter(functions.col("kind").equalTo(TX))
          .map((MapFunction<Row, Row>) r -> {
            int f = r.getInt(1);
            String id = rowIds ? Long.toString(readBefore[f] + Long.parseLong(r.getString(3))) : r.getString(3);
            return RowFactory.create(loadedBefore[f] + r.getLong(2), id, r.getLong(4), r.getString(5), r.getString(6),
                r.getLong(7), r.getString(8));
          }, Encoders.row(SparkLedger.schema()))
          .persist(StorageLevel.MEMORY_AND_DISK());
      String[] names = files.toArray(new String[0]);
      Dataset<Row> rejects = raw.filter(functions.col("kind").equalTo(REJECT))
          .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getInt(1), names[r.getInt(1)], r.getLong(2),
              r.getString(9), r.getString(10), r.getString(11), r.getString(12)), Encoders.row(SparkLedger.rejectSchema()))
          .persist(StorageLevel.MEMORY_AND_DISK());
      // Materialise both from the parsed files once, so that the files are read exactly once.
      tx.count();
      rejects.count();
      return new SparkLedger(spark, tx, rejects, options.scale(), stats.get(0).format(), stats, List.of(tx, rejects));
    } finally {
      raw.unpersist();
    }
  }

  /**
   * Raises the error core's reader would raise first: core checks every file's header and format
   * (against the first file's) before it loads any rows, then loads the files in order. Returns
   * the counts per file.
   */
  private static List<InputFile> checkMeta(List<Row> meta, List<String> files) {
    Row[] layout = new Row[files.size()];
    Row[] loaded = new Row[files.size()];
    for (Row r : meta) {
      if (r.getInt(0) == LAYOUT_ERROR) {
        layout[r.getInt(1)] = r;
      } else {
        loaded[r.getInt(1)] = r;
      }
    }
    String first = null;
    for (int f = 0; f < files.size(); f++) {
      if (layout[f] != null) {
        throw new SparkInputException(layout[f].getString(11));
      }
      String format = loaded[f].getString(13);
      if (first == null) {
        first = format;
      } else if (!format.equals(first)) {
        throw new SparkInputException(files.get(f) + ":1: has format " + format + " but " + files.get(0)
            + " has format " + first + "; load files of one format together");
      }
    }
    for (Row r : loaded) {
      if (r.getInt(0) == ERROR) {
        throw new SparkInputException(r.getString(11));
      }
    }
    List<InputFile> stats = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      Row r = loaded[f];
      stats.add(new InputFile(files.get(f), r.getString(13), r.getLong(14), r.getLong(15), r.getLong(16), r.getLong(17),
          r.getLong(18)));
    }
    return stats;
  }

  /** Runs on an executor: reads the partition's files one after the other, each when the previous is used up. */
  private static Iterator<Row> readFiles(Iterator<Tuple2<Integer, String>> files, IngestSpec spec,
      HashMap<String, String> hadoop) {
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          Tuple2<Integer, String> f = files.next();
          current = readFile(f._1(), f._2(), spec, hadoop);
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static Iterator<Row> readFile(int index, String name, IngestSpec spec, HashMap<String, String> hadoop) {
    java.nio.file.Path local = null;
    java.nio.file.Path tempDir = null;
    try {
      Path path = new Path(name);
      FileSystem fs = path.getFileSystem(Inputs.configuration(hadoop));
      if ("file".equals(fs.getScheme())) {
        local = new File(fs.makeQualified(path).toUri()).toPath();
      } else {
        tempDir = Files.createTempDirectory("moneytrail-");
        local = tempDir.resolve(path.getName());
        try (InputStream in = fs.open(path)) {
          Files.copy(in, local);
        }
      }
      String localName = local.toString();
      LedgerReader reader = new LedgerReader(spec.toOptions(), ProgressListener.NONE);
      String format;
      try {
        format = reader.format(local);
      } catch (IngestException e) {
        return error(LAYOUT_ERROR, index, e.getMessage().replace(localName, name), null);
      }
      try {
        return new FileRows(index, name, reader.read(List.of(local)));
      } catch (IngestException e) {
        return error(ERROR, index, e.getMessage().replace(localName, name), format);
      }
    } catch (IOException | RuntimeException e) {
      return error(LAYOUT_ERROR, index, name + ": cannot read file: " + e.getMessage(), null);
    } finally {
      if (tempDir != null) {
        try {
          if (local != null) {
            Files.deleteIfExists(local);
          }
          Files.deleteIfExists(tempDir);
        } catch (IOException e) {
          // a temporary copy left behind is not an input error
        }
      }
    }
  }

  private static Iterator<Row> error(int kind, int index, String message, String format) {
    return List.of(RowFactory.create(kind, index, 0L, null, null, null, null, null, null, null, null, message, null,
        format, null, null, null, null, null, null)).iterator();
  }

  /** The rows of one loaded file: its stats, its rejects, then its transactions, made on demand. */
  private static final class FileRows implements Iterator<Row> {
    private final int index;
    private final String name;
    private final LoadResult load;
    private final Ledger ledger;
    private int next = -1; // -1: stats; then rejects; then transactions

    FileRows(int index, String name, LoadResult load) {
      this.index = index;
      this.name = name;
      this.load = load;
      this.ledger = load.ledger();
    }

    @Override
    public boolean hasNext() {
      return next < load.rejects().size() + ledger.size();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int i = next++;
      if (i < 0) {
        FileStats s = load.files().get(0);
        return RowFactory.create(STATS, index, 0L, null, null, null, null, null, null, null, null, null, null,
            s.format(), s.sizeBytes(), s.rowsRead(), s.rowsLoaded(), s.rowsRejected(), s.blankLines(), load.rowNumberIds());
      }
      int rejects = load.rejects().size();
      if (i < rejects) {
        RejectedRow r = load.rejects().get(i);
        return RowFactory.create(REJECT, index, r.line(), null, null, null, null, null, null, r.column().orElse(null),
            r.value().orElse(null), r.reason(), r.rawText(), null, null, null, null, null, null, null);
      }
      int row = i - rejects;
      return RowFactory.create(TX, index, (long) row, ledger.txId(row), ledger.epochMillis(row), ledger.from(row),
          ledger.to(row), ledger.amount(row), ledger.currency(row), null, null, null, null, null, null, null, null, null,
          null, null);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
