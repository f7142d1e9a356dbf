package io.moneytrail.cli;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.CycleResult;
import io.moneytrail.analysis.cycles.PairCycle;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.cli.options.SettingFlags;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.PairFlow;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Money;
import io.moneytrail.report.FindingsCsv;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code moneytrail cycles}: money that comes back to where it started, moving forward in time. The
 * detector command of {@link Detector#CYCLES}, with one mode more than the others: static cycles
 * of the account-pair graph ({@code --ignore-time}), which aggregate pairs and are listed as such.
 */
@Command(name = "cycles", mixinStandardHelpOptions = true,
    description = {"Find round trips: sets of transactions that form a simple cycle of accounts, in time order, "
        + "within a time window (optionally with amount rules). Each cycle is reported once, with its transaction ids.",
        "With --ignore-time: simple cycles of the account-pair graph (for data without reliable timestamps)."})
final class CyclesCommand implements Callable<Integer> {
  private SettingFlags<CycleOptions> flags;

  @Spec
  CommandSpec spec;

  @Mixin
  IngestMixin ingest;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  DetectorCommand.Output output = new DetectorCommand.Output();

  /** @return the command with the cycle settings as flags */
  static CommandLine of() {
    CyclesCommand command = new CyclesCommand();
    CommandLine cl = new CommandLine(command);
    command.flags = SettingFlags.add(cl.getCommandSpec(), Detector.CYCLES.section().as(CycleOptions.class));
    return cl;
  }

  @Override
  public Integer call() throws IOException {
    CycleOptions options = flags.options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult load = ingest.load(err);
    ingest.noteRejects(load, err);
    CycleResult result = TemporalCycles.find(FlowGraph.of(load.ledger()), options);
    if (output.json) {
      Json.write(result.toJsonTree(), out);
      warnIfTruncated(result, err);
    } else if (output.csv != null) {
      try (Writer w = Files.newBufferedWriter(output.csv, StandardCharsets.UTF_8)) {
        FindingsCsv.write(Detector.CYCLES, result.rows(), w);
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

  private static void warnIfTruncated(CycleResult result, PrintWriter err) {
    if (result.truncated()) {
      err.printf("moneytrail: stopped at --max-results %d: more cycles qualify; the output holds the first %d in sorted order%n",
          result.parameters().maxResults(), result.count());
    }
  }

  private static void printTable(CycleResult result, PrintWriter out) {
    CycleOptions p = result.parameters();
    out.println("Rule:   " + TemporalCycles.rule(p) + ", at most " + p.maxResults() + " results");
    if (result.count() == 0) {
      out.println("No cycles found.");
      return;
    }
    out.println();
    if (p.ignoreTime()) {
      TextTable table = new TextTable("first", "last", "hops", "accounts", "pair totals", "currency", "transactions")
          .rightAlign(2, 6);
      for (PairCycle c : result.pairCycles()) {
        table.row(c.first(), c.last(), c.length(), DetectorTables.path(c.accounts()),
            String.join(", ", pairAmounts(c, result.scale())), String.join("+", c.totals().keySet()),
            c.transactionCount());
      }
      table.print(out);
    } else {
      DetectorTables.table(Detector.CYCLES, result.cycles()).print(out);
    }
    out.println();
    if (result.truncated()) {
      out.printf("%d cycles shown; stopped at --max-results %d: more cycles qualify (truncated).%n",
          result.count(), p.maxResults());
    } else {
      out.printf("%d cycle%s found.%n", result.count(), result.count() == 1 ? "" : "s");
    }
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
