package io.moneytrail.spark;

import io.moneytrail.cli.InputException;
import io.moneytrail.ingest.IngestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The cluster entry point: {@code spark-submit --class io.moneytrail.spark.Main moneytrail-spark.jar
 * COMMAND INPUT... --out DIR}. Exit codes as in the CLI: 0 success, 2 usage error, 3 input error,
 * 4 internal error.
 */
@Command(name = "moneytrail-spark", mixinStandardHelpOptions = true, version = "moneytrail-spark",
    description = "The moneytrail analyses on Apache Spark: the same findings as the single-machine tool.",
    subcommands = {CommandLine.HelpCommand.class, Commands.FanOut.class, Commands.FanIn.class,
        Commands.ScatterGather.class, Commands.GatherScatter.class, Commands.Mules.class, Commands.Cycles.class,
        Commands.Analyze.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:usage error", "3:input error", "4:internal error (please report it)"})
public final class Main implements Runnable {
  static final int OK = 0;
  static final int USAGE = 2;
  static final int INPUT = 3;
  static final int INTERNAL = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** @return the command line with the exit codes and one-line messages of the CLI */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      if (ex instanceof SparkInputException || ex instanceof IngestException || ex instanceof InputException
          || ex instanceof IOException || ex instanceof UncheckedIOException) {
        line.getErr().println("moneytrail-spark: " + ex.getMessage());
        return INPUT;
      }
      if (ex instanceof IllegalArgumentException) {
        line.getErr().println("moneytrail-spark: " + ex.getMessage());
        line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
      }
      line.getErr().println("moneytrail-spark: internal error: " + ex);
      return INTERNAL;
    });
    return cl;
  }
}
