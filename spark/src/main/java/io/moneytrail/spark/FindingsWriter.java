package io.moneytrail.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.moneytrail.analysis.Detector;
import io.moneytrail.report.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a Spark run's results into a folder on any Hadoop-compatible file system: per analysis
 * {@code ID.jsonl} (one finding per line, core's JSON, core's order) and {@code ID.parquet} (one row
 * per finding: {@code position}, the flat columns of {@link Detector#columns()} and
 * {@code finding_json}); {@code rejects.jsonl} (every rejected row); {@code summary.json} (inputs,
 * row counts, parameters and counts). The JSON files are byte-identical for the same input and
 * options; Parquet files carry Spark's own part names.
 */
final class FindingsWriter {
  private FindingsWriter() {}

  /** @return the paths written, in order */
  static List<String> write(SparkLedger ledger, Map<Detector, SparkFindings> results, String command, String out)
      throws IOException {
    Path dir = new Path(out);
    FileSystem fs = dir.getFileSystem(ledger.session().sparkContext().hadoopConfiguration());
    fs.mkdirs(dir);
    List<String> written = new ArrayList<>();
    for (SparkFindings f : results.values()) {
      Path jsonl = new Path(dir, f.detector().id() + ".jsonl");
      try (Writer w = open(fs, jsonl)) {
        for (String line : f.findings()) {
          w.write(line);
          w.write('\n');
        }
      }
      written.add(jsonl.toString());
      written.add(parquet(ledger, f, new Path(dir, f.detector().id() + ".parquet")));
    }
    Path rejects = new Path(dir, "rejects.jsonl");
    try (Writer w = open(fs, rejects)) {
      Iterator<Row> it = ledger.rejects().orderBy("file_index", "line").toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.getString(1));
        m.put("line", r.getLong(2));
        if (!r.isNullAt(3)) {
          m.put("column", r.getString(3));
        }
        if (!r.isNullAt(4)) {
          m.put("value", r.getString(4));
        }
        m.put("reason", r.getString(5));
        m.put("raw", r.getString(6));
        w.write(compact(m));
        w.write('\n');
      }
    }
    written.add(rejects.toString());
    Path summary = new Path(dir, "summary.json");
    try (Writer w = open(fs, summary)) {
      w.write(Json.toString(summary(ledger, results, command)));
    }
    written.add(summary.toString());
    return written;
  }

  static Map<String, Object> summary(SparkLedger ledger, Map<Detector, SparkFindings> results, String command) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", "moneytrail-spark");
    m.put("command", command);
    m.put("format", ledger.format());
    List<Object> inputs = new ArrayList<>();
    for (InputFile f : ledger.files()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("path", f.path());
      i.put("format", f.format());
      i.put("sizeBytes", f.sizeBytes());
      i.put("rowsRead", f.rowsRead());
      i.put("rowsLoaded", f.rowsLoaded());
      i.put("rowsRejected", f.rowsRejected());
      i.put("blankLines", f.blankLines());
      inputs.add(i);
    }
    m.put("inputs", inputs);
    m.put("rowsRead", ledger.rowsRead());
    m.put("rowsLoaded", ledger.rowsLoaded());
    m.put("rowsRejected", ledger.rowsRejected());
    m.put("scale", ledger.scale());
    Map<String, Object> analyses = new LinkedHashMap<>();
    for (SparkFindings f : results.values()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("parameters", f.parameters());
      a.put("count", f.count());
      a.put("truncated", f.truncated());
      a.put("file", f.detector().id() + ".jsonl");
      analyses.put(f.detector().id(), a);
    }
    m.put("analyses", analyses);
    return m;
  }

  private static String parquet(SparkLedger ledger, SparkFindings f, Path path) {
    StructType schema = new StructType().add("position", DataTypes.IntegerType, false);
    for (String c : f.detector().columns()) {
      schema = schema.add(c, DataTypes.StringType, true);
    }
    schema = schema.add("finding_json", DataTypes.StringType, false);
    List<Row> rows = new ArrayList<>(f.count());
    for (int i = 0; i < f.count(); i++) {
      List<Object> cells = new ArrayList<>();
      cells.add(i);
      cells.addAll(f.rows().get(i));
      cells.add(f.findings().get(i));
      rows.add(RowFactory.create(cells.toArray()));
    }
    ledger.session().createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path.toString());
    return path.toString();
  }

  private static Writer open(FileSystem fs, Path path) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8));
  }

  private static String compact(Object tree) {
    try {
      return Json.mapper().writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
