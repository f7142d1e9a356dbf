package io.moneytrail.cli;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.cli.options.InputException;
import io.moneytrail.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code moneytrail <command>}. */
@Command(name = "moneytrail", mixinStandardHelpOptions = true, versionProvider = MoneytrailCommand.Version.class,
    description = "Traces illicit payments through transaction data.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:verify found differences", "2:usage error", "3:input error", "4:internal error (please report it)"})
public final class MoneytrailCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * The command line: every subcommand (each detector's from its {@link Detector} constant), exit
   * codes, and one-line messages. Usage errors (picocli's own and {@link OptionException}s from
   * option validation) exit with 2; input errors (unreadable or bad input, unknown ids) with 3;
   * anything else is a defect in moneytrail: one line and exit 4.
   *
   * @return the configured command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new MoneytrailCommand());
    cl.addSubcommand("help", new CommandLine.HelpCommand());
    cl.addSubcommand(new InspectCommand());
    cl.addSubcommand(new TraceCommand());
    cl.addSubcommand(CyclesCommand.of());
    for (Detector d : Detector.values()) {
      if (d != Detector.CYCLES) {
        cl.addSubcommand(DetectorCommand.of(d));
      }
    }
    cl.addSubcommand(new GenerateCommand());
    cl.addSubcommand(new EvaluateCommand());
    cl.addSubcommand(new AnalyzeCommand());
    cl.addSubcommand(new VerifyCommand());
    cl.addSubcommand(new ExportCommand());
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine line = ex.getCommandLine();
      line.getErr().println("moneytrail: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, line.getErr());
      line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      if (ex instanceof IngestException || ex instanceof InputException) {
        line.getErr().println("moneytrail: " + ex.getMessage());
        return ExitCodes.INPUT;
      }
      if (ex instanceof OptionException) {
        line.getErr().println("moneytrail: " + ex.getMessage());
        line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
      }
      if (ex instanceof UncheckedIOException u) {
        line.getErr().println("moneytrail: " + IoMessages.describe(u.getCause()));
        return ExitCodes.INPUT;
      }
      if (ex instanceof IOException io) {
        line.getErr().println("moneytrail: " + IoMessages.describe(io));
        return ExitCodes.INPUT;
      }
      if (ex instanceof ArithmeticException) {
        line.getErr().println("moneytrail: the input's amounts exceed exact 64-bit arithmetic: " + ex.getMessage());
        return ExitCodes.INPUT;
      }
      line.getErr().println("moneytrail: internal error: " + ex);
      return ExitCodes.INTERNAL;
    });
    return cl;
  }

  /** Reads the version the build wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = MoneytrailCommand.class.getResourceAsStream("/moneytrail-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"moneytrail " + p.getProperty("version", "unknown")};
    }
  }
}
