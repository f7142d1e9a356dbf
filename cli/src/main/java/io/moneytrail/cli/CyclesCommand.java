package io.moneytrail.cli;

import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.PairCycle;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.PairFlow;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Money;
import io.moneytrail.report.Json;
import io.moneytrail.report.SafeCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneytrail cycles}: money that comes back to where it started, moving forward in time. */
@Command(name = "cycles", mixinStandardHelpOptions = true,
    description = {"Find round trips: sets of transactions that form a simple cycle of accounts, in time order, "
        + "within a time window (optionally with amount rules). Each cycle is reported once, with its transaction ids.",
        "With --ignore-time: simple cycles of the account-pair graph (for data without reliable timestamps)."})
final class CyclesCommand implements Callable<Integer> {
  /** The CSV columns of {@code --csv}; list cells are joined with {@value #LIST_SEPARATOR}. */
  static final List<String> CSV_HEADER =
      List.of("start", "end", "hops", "accounts", "transactions", "transaction_count", "amounts", "currency");
  /** Separator of list values inside one CSV cell. */
  static final String LIST_SEPARATOR = ";";

  /** Core option names (as in {@link CycleOptions}' messages) and the command-line options they come from. */
  private static final Map<String, String> OPTION_NAMES = Map.of(
      "maxLength", "--max-length", "window", "--window", "strictTime", "--strict-time", "minAmount", "--min-amount",
      "maxLoss", "--max-loss", "maxGain", "--max-gain", "ignoreTime", "--ignore-time", "maxResults", "--max-results");
  private static final Pattern CORE_NAME =
      Pattern.compile("\\b(maxLength|window|strictTime|minAmount|maxLoss|maxGain|ignoreTime|maxResults)\\b");

  @Spec
  CommandSpec spec;

  @Mixin
  IngestMixin ingest;

  @Mixin
  CycleOptionsMixin cycle;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Output output = new Output();

  /** The mutually exclusive machine-readable outputs. */
  static final class Output {
    @Option(names = "--json", description = "Print the result as one JSON document on stdout.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write one row per cycle as CSV to FILE (nothing on stdout).")
    Path csv;
  }

  @Override
  public Integer call() throws IOException {
    CycleOptions options = options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult load = ingest.load(err);
    if (load.rowsRejected() > 0) {
      err.printf("moneytrail: %d rows rejected and left out (see 'moneytrail inspect --rejects FILE')%n", load.rowsRejected());
    }
    CycleResult result = TemporalCycles.find(FlowGraph.of(load.ledger()), options);
    if (output.json) {
      Json.write(result.toJsonTree(), out);
      warnIfTruncated(result, err);
    } else if (output.csv != null) {
      try (Writer w = Files.newBufferedWriter(output.csv, StandardCharsets.UTF_8)) {
        writeCsv(result, w);
      }
      err.printf("moneytrail: wrote %d cycle%s to %s%n", result.count(), result.count() == 1 ? "" : "s", output.csv);
      warnIfTruncated(result, err);
    } else {
      printTable(result, out);
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  /**
   * @return the search options from the command line
   * @throws CommandLine.ParameterException (exit code 2) naming the offending option
   */
  CycleOptions options() {
    try {
      return cycle.options();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), optionNames(e.getMessage()), e);
    }
  }

  /** Rewrites core option names in a validation message to the command-line option names. */
  static String optionNames(String message) {
    Matcher m = CORE_NAME.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(OPTION_NAMES.get(m.group(1))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static void warnIfTruncated(CycleResult result, PrintWriter err) {
    if (result.truncated()) {
      err.printf("moneytrail: stopped at --max-results %d: more cycles qualify; the output holds the first %d in sorted order%n",
          result.parameters().maxResults(), result.count());
    }
  }

  private static void printTable(CycleResult result, PrintWriter out) {
    CycleOptions p = result.parameters();
    out.println("Rule:   " + describe(p));
    if (result.count() == 0) {
      out.println("No cycles found.");
      return;
    }
    out.println();
    TextTable table;
    if (p.ignoreTime()) {
      table = new TextTable("first", "last", "hops", "accounts", "pair totals", "currency", "transactions").rightAlign(2, 6);
      for (PairCycle c : result.pairCycles()) {
        table.row(c.first(), c.last(), c.length(), path(c.accounts()), String.join(", ", pairAmounts(c, result.scale())),
            currencies(c.totals()), c.transactionCount());
      }
    } else {
      table = new TextTable("start", "end", "hops", "accounts", "amounts", "currency", "transactions").rightAlign(2);
      for (Cycle c : result.cycles()) {
        table.row(c.start(), c.end(), c.length(), path(c.accounts()), String.join(", ", c.amountStrings()),
            currency(c), String.join(", ", c.transactionIds()));
      }
    }
    table.print(out);
    out.println();
    if (result.truncated()) {
      out.printf("%d cycles shown; stopped at --max-results %d: more cycles qualify (truncated).%n",
          result.count(), p.maxResults());
    } else {
      out.printf("%d cycle%s found.%n", result.count(), result.count() == 1 ? "" : "s");
    }
  }

  private static String describe(CycleOptions p) {
    StringBuilder s = new StringBuilder();
    if (p.ignoreTime()) {
      s.append("static cycles of the account-pair graph, at most ").append(p.maxLength()).append(" hops");
    } else {
      s.append("time-ordered cycles of at most ").append(p.maxLength()).append(" hops within ").append(human(p.window()))
          .append(p.strictTime() ? ", each hop strictly later" : ", equal times allowed");
    }
    p.minAmount().ifPresent(v -> s.append(", every hop >= ").append(v.toPlainString()));
    p.maxLoss().ifPresent(v -> s.append(", loss per hop <= ").append(v.toPlainString()));
    p.maxGain().ifPresent(v -> s.append(", gain per hop <= ").append(v.toPlainString()));
    return s.append(", at most ").append(p.maxResults()).append(" results").toString();
  }

  /** @return a duration as people write it on the command line: {@code 30d}, {@code 36h}, {@code 90m}, else ISO-8601 */
  static String human(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    long ms = d.toMillis();
    long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    String[] names = {"d", "h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (ms % units[i] == 0) {
        return ms / units[i] + names[i];
      }
    }
    return d.toString();
  }

  private static void writeCsv(CycleResult result, Writer w) throws IOException {
    SafeCsv csv = new SafeCsv(w, CSV_HEADER);
    if (result.parameters().ignoreTime()) {
      for (PairCycle c : result.pairCycles()) {
        csv.row(c.first().toString(), c.last().toString(), Integer.toString(c.length()),
            String.join(LIST_SEPARATOR, c.accounts()), "", Long.toString(c.transactionCount()),
            String.join(LIST_SEPARATOR, pairAmounts(c, result.scale())), currencies(c.totals()));
      }
    } else {
      for (Cycle c : result.cycles()) {
        csv.row(c.start().toString(), c.end().toString(), Integer.toString(c.length()),
            String.join(LIST_SEPARATOR, c.accounts()), String.join(LIST_SEPARATOR, c.transactionIds()),
            Integer.toString(c.length()), String.join(LIST_SEPARATOR, c.amountStrings()), currency(c));
      }
    }
    csv.flush();
  }

  /** @return the accounts around the cycle and back to the first: {@code A -> B -> C -> A} */
  private static String path(List<String> accounts) {
    return String.join(" -> ", accounts) + " -> " + accounts.get(0);
  }

  /** @return the shared currency, or the distinct codes joined by {@code +} (as in the JSON) */
  private static String currency(Cycle c) {
    return c.currency().orElse(currencies(c.totals()));
  }

  private static String currencies(SortedMap<String, Long> totals) {
    return String.join("+", totals.keySet());
  }

  /** @return each pair's total: a plain decimal when the cycle has one currency, else {@code "12.50 EUR + 3.00 USD"} */
  private static List<String> pairAmounts(PairCycle c, int scale) {
    boolean single = c.totals().size() == 1;
    List<String> amounts = new ArrayList<>();
    for (PairFlow hop : c.hops()) {
      if (single) {
        amounts.add(Money.format(hop.totals().get(c.totals().firstKey()), scale));
      } else {
        List<String> parts = new ArrayList<>();
        hop.totals().forEach((code, v) -> parts.add(Money.format(v, scale) + " " + code));
        amounts.add(String.join(" + ", parts));
      }
    }
    return amounts;
  }
}
