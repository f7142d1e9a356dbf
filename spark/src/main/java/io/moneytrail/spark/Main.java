package io.moneytrail.spark;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.cli.options.InputException;
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
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("moneytrail-spark: out of memory on the driver (maximum heap "
          + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB): give it more with --driver-memory");
      code = INTERNAL;
    } catch (Throwable e) {
      System.err.println("moneytrail-spark: internal error: " + e);
      code = INTERNAL;
    }
    System.exit(code);
  }

  /**
   * @return the input problem behind a failure, looking through the wrappers Spark puts around
   *     failures on executors, or null when there is none
   */
  static Throwable inputCause(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SparkInputException || t instanceof IngestException || t instanceof InputException
          || t instanceof IOException || t instanceof UncheckedIOException) {
        return t;
      }
      if (t instanceof ArithmeticException) {
        return new SparkInputException("the input's amounts exceed exact 64-bit arithmetic: " + t.getMessage());
      }
    }
    return null;
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
  }

  /** @return the command line with the exit codes and one-line messages of the CLI */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.addSubcommand("help", new CommandLine.HelpCommand());
    for (Detector d : Detector.values()) {
      cl.addSubcommand(Commands.DetectorJob.of(d));
    }
    cl.addSubcommand(new Commands.Analyze());
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine line = ex.getCommandLine();
      line.getErr().println("moneytrail-spark: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, line.getErr());
      line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      Throwable input = inputCause(ex);
      if (input != null) {
        line.getErr().println("moneytrail-spark: " + message(input));
        return INPUT;
      }
      if (ex instanceof OptionException) {
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
