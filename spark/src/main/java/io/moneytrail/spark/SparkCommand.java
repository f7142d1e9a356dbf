package io.moneytrail.spark;

import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.cli.options.IngestOptionsMixin;
import io.moneytrail.ingest.IngestOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every Spark job command shares: the inputs, {@code --out}, core's ingest options, the input
 * kind and the Spark master; validating the options before Spark starts; loading, running the
 * command's analyses, writing the results and a one-screen summary on stdout.
 */
abstract class SparkCommand implements Callable<Integer> {
  /** Why static cycles are refused. */
  static final String STATIC_CYCLES_REFUSED = "--ignore-time (static cycles) is not available on Spark: static cycles "
      + "need the whole account-pair graph in one place; run 'moneytrail cycles --ignore-time' on one machine";

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Transaction files, folders or globs on any Hadoop-compatible file system (hdfs://, s3a://, file:), "
          + "CSV or Parquet (*.parquet), in ledger order.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder to write ID.jsonl, ID.parquet, rejects.jsonl and summary.json into.")
  String out;

  @Mixin
  IngestOptionsMixin ingest;

  @Option(names = "--input-format", paramLabel = "KIND", defaultValue = "auto",
      description = "auto (Parquet for paths ending in .parquet, else CSV), csv or parquet. Default: ${DEFAULT-VALUE}.")
  String inputFormat;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not started by spark-submit, e.g. local[4] (default: spark-submit's, else local[*]). "
          + "A session already running in this JVM is used as it is.")
  String master;

  /**
   * @return the options of every detector, from the defaults and this command's options
   * @throws picocli.CommandLine.ParameterException for an invalid value (a usage error)
   */
  abstract AnalysisSettings settings();

  /** @return the detectors this command runs */
  abstract List<Detector> detectors();

  /** @return the transactions the detectors look at: all of them, as core's detector commands */
  SparkLedger examined(SparkLedger ledger, AnalysisSettings settings) {
    return ledger;
  }

  @Override
  public Integer call() throws IOException {
    AnalysisSettings settings = settings();
    if (detectors().contains(Detector.CYCLES) && settings.options(Detector.CYCLES, CycleOptions.class).ignoreTime()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          STATIC_CYCLES_REFUSED.replace("--ignore-time (static cycles)", "cycles.mode static (static cycles)"));
    }
    IngestOptions ingestOptions;
    try {
      ingestOptions = ingest.options();
    } catch (IllegalArgumentException e) {
      // core's ingest options validate their values with IllegalArgumentException naming the option
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    String kind = inputFormat.trim().toLowerCase(Locale.ROOT);
    if (!List.of("auto", "csv", "parquet").contains(kind)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--input-format must be auto, csv or parquet, was '" + inputFormat + "'");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.name();
    boolean running = SparkSession.getDefaultSession().isDefined();
    SparkSession spark = running ? SparkSession.getDefaultSession().get() : session(name);
    try {
      long t0 = System.nanoTime();
      SparkLedger ledger = switch (kind) {
        case "csv" -> SparkLedger.readCsv(spark, ingestOptions, inputs);
        case "parquet" -> SparkLedger.readParquet(spark, ingestOptions, inputs);
        default -> SparkLedger.read(spark, ingestOptions, inputs);
      };
      err.printf(Locale.ROOT, "moneytrail-spark: loaded %d rows in %.1f s%n", ledger.rowsLoaded(), seconds(t0));
      err.flush();
      long t = System.nanoTime();
      Map<Detector, SparkFindings> results = SparkDetectors.run(examined(ledger, settings), detectors(), settings);
      err.printf(Locale.ROOT, "moneytrail-spark: %s in %.1f s%n", String.join(", ", detectors().stream()
          .map(Detector::id).toList()), seconds(t));
      err.flush();
      List<String> written = FindingsWriter.write(ledger, results, name, out);
      stdout.printf(Locale.ROOT, "moneytrail-spark %s: %d file(s), %d rows read, %d loaded, %d rejected%s%n", name,
          ledger.files().size(), ledger.rowsRead(), ledger.rowsLoaded(), ledger.rowsRejected(),
          ledger.rowsRejected() > 0 ? " (see rejects.jsonl)" : "");
      List<String> counts = new ArrayList<>();
      results.forEach((d, f) -> counts.add(d.id() + " " + f.count() + (f.truncated() ? " (truncated)" : "")));
      stdout.println("findings: " + String.join(", ", counts));
      stdout.println("wrote " + written.size() + " outputs to " + out);
      stdout.flush();
      return 0;
    } finally {
      if (!running) {
        spark.stop();
      }
    }
  }

  private SparkSession session(String name) {
    SparkSession.Builder b = SparkSession.builder().appName("moneytrail " + name);
    if (master != null) {
      b = b.master(master);
    } else if (!new SparkConf().contains("spark.master")) {
      b = b.master("local[*]");
    }
    return b.getOrCreate();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
