package io.moneytrail.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Finds the input files of a load on Hadoop-compatible file systems, in ledger order. */
final class Inputs {
  private Inputs() {}

  /**
   * Expands each path in order: a plain file stays as given; a folder becomes its visible files
   * (names not starting with {@code .} or {@code _}) sorted by name; a glob becomes its matches
   * sorted by path.
   *
   * @param parquetFolders whether a folder named {@code *.parquet} is one input (Spark reads it whole)
   * @throws SparkInputException for a path that matches nothing or cannot be listed
   */
  static List<String> expand(SparkSession spark, List<String> paths, boolean parquetFolders) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      try {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new SparkInputException(p + ": cannot read file: no such file");
        }
        boolean glob = matches.length > 1 || !fs.makeQualified(path).equals(matches[0].getPath());
        Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
        for (FileStatus s : matches) {
          if (s.isDirectory() && !(parquetFolders && SparkLedger.isParquet(s.getPath().getName()))) {
            FileStatus[] children = fs.listStatus(s.getPath());
            Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
            int before = out.size();
            for (FileStatus c : children) {
              String name = c.getPath().getName();
              if (c.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
                out.add(c.getPath().toString());
              }
            }
            if (out.size() == before) {
              throw new SparkInputException(p + ": the folder holds no input files");
            }
          } else {
            out.add(glob ? s.getPath().toString() : p);
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new SparkInputException(p + ": cannot read file: " + e.getMessage());
      } catch (UncheckedIOException e) {
        throw new SparkInputException(p + ": cannot read file: " + e.getCause().getMessage());
      }
    }
    return out;
  }

  /** @return the session's Hadoop settings as a serializable map, to rebuild them on executors */
  static HashMap<String, String> hadoopSettings(SparkSession spark) {
    HashMap<String, String> m = new HashMap<>();
    for (Map.Entry<String, String> e : spark.sparkContext().hadoopConfiguration()) {
      m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  /** @return a Hadoop configuration with exactly these settings */
  static Configuration configuration(Map<String, String> settings) {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    return conf;
  }
}
