package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.PatternFinding;
import io.moneytrail.analysis.patterns.PatternOptions;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Money;
import io.moneytrail.report.Json;
import io.moneytrail.report.PatternCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the pattern-detector commands share: input files and ingest options, {@code --min-amount},
 * the output choice ({@code --json}, {@code --csv FILE} or a table), validating the options before
 * loading, and writing the result. Subclasses build the options and run their detector.
 *
 * @param <O> the detector's options
 * @param <F> the detector's finding
 */
abstract class PatternCommand<O extends PatternOptions, F extends PatternFinding> implements Callable<Integer> {
  private static final Pattern LEADING_NAME = Pattern.compile("^([a-z][A-Za-z]*)(\\[([^\\]]*)\\])?");

  @Spec
  CommandSpec spec;

  @Mixin
  IngestMixin ingest;

  @Option(names = "--min-amount", paramLabel = "X", converter = DecimalConverter.class,
      description = "Ignore payments below X (in each payment's own currency; for mules: inflows below X). Default: 0.")
  BigDecimal minAmount;

  @Option(names = "--json", description = "Print {\"parameters\":{...},\"count\":N,\"findings\":[...]} on stdout.")
  boolean json;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write one CSV row per finding to FILE (spreadsheet-safe).")
  Path csvFile;

  /**
   * @return the detector's options from the defaults and the given options
   * @throws IllegalArgumentException for an invalid value (named by the options record's component)
   */
  abstract O options();

  /** Runs the detector. */
  abstract DetectionResult<O, F> detect(TemporalIndex index, O options);

  /** @return the human-readable table of the findings */
  abstract TextTable table(List<F> findings);

  @Override
  public Integer call() throws IOException {
    if (json && csvFile != null) {
      throw new IllegalArgumentException("give either --json or --csv FILE, not both");
    }
    O options;
    try {
      options = options();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(cliNames(e.getMessage()), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult load = ingest.load(err);
    if (load.rowsRejected() > 0) {
      err.printf("moneytrail: %d rows rejected and left out (see 'moneytrail inspect --rejects FILE')%n",
          load.rowsRejected());
    }
    DetectionResult<O, F> result = detect(FlowGraph.of(load.ledger()).index(), options);
    if (json) {
      Json.write(result.toJsonTree(), out);
    } else if (csvFile != null) {
      try (Writer w = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8)) {
        PatternCsv.write(result, w);
      }
      err.printf("moneytrail: wrote %d finding%s to %s%n", result.count(), result.count() == 1 ? "" : "s", csvFile);
    } else {
      print(result, out);
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private void print(DetectionResult<O, F> result, PrintWriter out) {
    out.println("Rule:     " + (result.findings().isEmpty() ? result.options().describe() : result.findings().get(0).rule()));
    out.println("Findings: " + result.count());
    if (result.findings().isEmpty()) {
      out.println("No findings.");
    } else {
      out.println();
      table(result.findings()).print(out);
    }
  }

  /** @return the total(s) for people: {@code "12.50 EUR"} or {@code "12.50 EUR + 3.00 USD"} */
  static String money(List<Money> totals) {
    List<String> parts = new ArrayList<>(totals.size());
    for (Money m : totals) {
      parts.add(m.toString());
    }
    return String.join(" + ", parts);
  }

  /**
   * Renames the option an options record's message starts with to its command-line name:
   * {@code minCounterparties must be ...} becomes {@code --min-counterparties must be ...}.
   */
  static String cliNames(String message) {
    if (message == null) {
      return "invalid option value";
    }
    Matcher m = LEADING_NAME.matcher(message);
    if (!m.find()) {
      return message;
    }
    String name = m.group(1).equals("thresholds") ? "threshold" : m.group(1);
    String option = "--" + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    if (m.group(3) != null) {
      option += " " + m.group(3) + "=...";
    }
    return option + message.substring(m.end());
  }

  /** Applies {@code --min-amount} when given. */
  interface MinAmount<O> {
    O with(O options, BigDecimal amount);
  }

  O withMinAmount(O options, MinAmount<O> wither) {
    return minAmount == null ? options : wither.with(options, minAmount);
  }
}
