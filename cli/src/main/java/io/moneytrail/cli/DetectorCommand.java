package io.moneytrail.cli;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorOptions;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Finding;
import io.moneytrail.cli.options.SettingFlags;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.report.FindingsCsv;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code moneytrail fan-out}, {@code fan-in}, {@code scatter-gather}, {@code gather-scatter},
 * {@code mules}, {@code structuring}: one detector on the input. Name, aliases, description and
 * flags come from the {@link Detector} (its settings section), so every detector gets its command
 * without a class of its own. Output: a table for people, {@code --json} (the
 * {@link DetectorResult#toJsonTree()} document on stdout) or {@code --csv FILE}.
 */
@Command(mixinStandardHelpOptions = true)
final class DetectorCommand implements Callable<Integer> {
  private final Detector detector;
  private SettingFlags<? extends DetectorOptions> flags;

  @Spec
  CommandSpec spec;

  @Mixin
  IngestMixin ingest;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Output output = new Output();

  /** The mutually exclusive machine-readable outputs. */
  static final class Output {
    @Option(names = "--json", description = "Print {\"schemaVersion\":2,\"detector\",\"parameters\",\"truncated\",\"count\",\"findings\"} on stdout.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write one CSV row per finding to FILE (spreadsheet-safe).")
    Path csv;
  }

  private DetectorCommand(Detector detector) {
    this.detector = detector;
  }

  /**
   * @param detector a detector
   * @return its command, named by its id with its aliases, with its settings as flags
   */
  static CommandLine of(Detector detector) {
    DetectorCommand command = new DetectorCommand(detector);
    CommandLine cl = new CommandLine(command);
    CommandSpec spec = cl.getCommandSpec();
    spec.name(detector.id());
    spec.aliases(detector.aliases().stream().filter(a -> a.equals(a.toLowerCase(java.util.Locale.ROOT))
        && !a.contains("_")).toArray(String[]::new));
    spec.usageMessage().description("Find " + detector.title() + ": " + detector.glossary(),
        "Rule (defaults): " + detector.rule(detector.defaults()).replace("%", "%%"));
    command.flags = SettingFlags.add(spec, detector.section());
    return cl;
  }

  @Override
  public Integer call() throws IOException {
    DetectorOptions options = flags.options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult load = ingest.load(err);
    ingest.noteRejects(load, err);
    DetectorResult<? extends Finding> result = detector.run(FlowGraph.of(load.ledger()).index(), options);
    if (output.json) {
      Json.write(result.toJsonTree(), out);
    } else if (output.csv != null) {
      try (Writer w = Files.newBufferedWriter(output.csv, StandardCharsets.UTF_8)) {
        FindingsCsv.write(detector, result.rows(), w);
      }
      err.printf("moneytrail: wrote %d finding%s to %s%n", result.count(), result.count() == 1 ? "" : "s", output.csv);
    } else {
      print(result, out);
    }
    if (result.truncated()) {
      err.printf("moneytrail: stopped at the result cap: more findings qualify; the output holds the first %d in order%n",
          result.count());
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private void print(DetectorResult<? extends Finding> result, PrintWriter out) {
    out.println("Rule:     " + detector.rule(result.options()));
    out.println("Findings: " + result.count());
    if (result.findings().isEmpty()) {
      out.println("No findings.");
    } else {
      out.println();
      DetectorTables.table(detector, result.findings()).print(out);
    }
  }
}
