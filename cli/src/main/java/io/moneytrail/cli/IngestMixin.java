package io.moneytrail.cli;

import io.moneytrail.cli.options.IngestOptionsMixin;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The input files and every ingest option, shared by all commands that read transactions. */
final class IngestMixin {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transaction CSV file(s), loaded in order.")
  List<Path> files;

  @Mixin
  IngestOptionsMixin settings;

  @Option(names = "--no-progress", description = "Never show progress on stderr.")
  boolean noProgress;

  /**
   * @return the effective ingest options: defaults, then the mapping file, then explicit options
   * @throws CommandLine.ParameterException (a usage error) for an invalid option value
   */
  IngestOptions options() {
    try {
      return settings.options();
    } catch (CommandLine.ParameterException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // core's ingest options validate their values with IllegalArgumentException naming the option
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * Loads the files, showing progress on stderr when it is a terminal.
   *
   * @param err the command's error stream
   * @return the load
   */
  LoadResult load(PrintWriter err) {
    IngestOptions o = options();
    Progress progress = Progress.forStderr(err, noProgress);
    try {
      return new LedgerReader(o, progress::loading).read(files);
    } finally {
      progress.done();
    }
  }

  /** Says on stderr how many rows were rejected, if any. */
  void noteRejects(LoadResult load, PrintWriter err) {
    if (load.rowsRejected() > 0) {
      err.printf("moneytrail: %d rows rejected and left out (see 'moneytrail inspect --rejects FILE')%n",
          load.rowsRejected());
    }
  }
}
