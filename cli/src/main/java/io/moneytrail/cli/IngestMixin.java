package io.moneytrail.cli;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input files and every ingest option, shared by all commands that read transactions. */
final class IngestMixin {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transaction CSV file(s), loaded in order.")
  List<Path> files;

  @Mixin
  IngestOptionsMixin settings;

  @Option(names = "--no-progress", description = "Never show progress on stderr.")
  boolean noProgress;

  /**
   * @return the effective ingest options: defaults, then the mapping file, then explicit options
   * @throws IllegalArgumentException for an invalid option value (a usage error)
   */
  IngestOptions options() {
    return settings.options();
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
}
