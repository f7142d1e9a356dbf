package io.moneytrail.cli;

import io.moneytrail.ingest.FileStats;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ingest.NearDuplicates;
import io.moneytrail.ingest.RejectedRow;
import io.moneytrail.ingest.TextEscapes;

import io.moneytrail.report.Inspection;
import io.moneytrail.report.Json;
import io.moneytrail.report.RejectsCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code moneytrail inspect}: what was loaded, what was rejected, and the headline figures. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Load transaction files and summarise them: row accounting, rejects, accounts, exact totals, "
        + "time range, duplicate ids, self-transfers, largest senders and receivers.")
final class InspectCommand implements Callable<Integer> {
  /** How many rejection reasons the human-readable summary shows. */
  static final int SHOWN_REJECTS = 5;
  /** How many near-duplicate account groups the human-readable summary shows. */
  static final int SHOWN_NEAR_DUPLICATES = 10;

  @Spec
  CommandSpec spec;

  @Mixin
  IngestMixin ingest;

  @Option(names = "--json", description = "Print the summary as one JSON document on stdout.")
  boolean json;

  @Option(names = "--rejects", paramLabel = "FILE", description = "Write every rejected row as CSV to FILE.")
  Path rejectsFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    LoadResult load = ingest.load(spec.commandLine().getErr());
    Inspection inspection = Inspection.of(load);
    if (rejectsFile != null) {
      try (Writer w = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8)) {
        RejectsCsv.write(load.rejects(), w);
      }
    }
    if (json) {
      Json.write(inspection.toJsonTree(), out);
    } else {
      print(inspection, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void print(Inspection in, PrintWriter out) {
    LoadResult load = in.load();
    int scale = load.ledger().scale();
    out.println("Format:         " + load.format());
    for (FileStats f : load.files()) {
      out.printf(Locale.ROOT, "File:           %s (%d rows read, %d loaded, %d rejected%s)%n", f.file(), f.rowsRead(), f.rowsLoaded(),
          f.rowsRejected(), f.blankLines() > 0 ? ", " + f.blankLines() + " blank lines skipped" : "");
    }
    out.printf(Locale.ROOT, "Rows:           %d read = %d loaded + %d rejected%n", load.rowsRead(), load.rowsLoaded(), load.rowsRejected());
    List<RejectedRow> rejects = load.rejects();
    for (RejectedRow r : rejects.subList(0, Math.min(SHOWN_REJECTS, rejects.size()))) {
      out.println("  rejected " + r.describe());
    }
    if (rejects.size() > SHOWN_REJECTS) {
      out.printf(Locale.ROOT, "  ... and %d more (write them all with --rejects FILE)%n", rejects.size() - SHOWN_REJECTS);
    }
    if (in.trimmedCellCount() > 0) {
      StringBuilder columns = new StringBuilder();
      in.trimmedCells().forEach((c, n) -> columns.append(columns.length() == 0 ? "" : ", ").append(c).append(' ').append(n));
      out.printf(Locale.ROOT, "Trimmed:        surrounding spaces removed from %d cell%s of loaded rows (%s)%n",
          in.trimmedCellCount(), in.trimmedCellCount() == 1 ? "" : "s", columns);
    }
    out.println("Accounts:       " + in.accounts());
    List<NearDuplicates.Group> near = in.nearDuplicateAccounts();
    if (!near.isEmpty()) {
      out.printf(Locale.ROOT, "  warning: %d group%s of near-duplicate account ids, kept apart (not merged):%n", near.size(),
          near.size() == 1 ? "" : "s");
      for (NearDuplicates.Group g : near.subList(0, Math.min(SHOWN_NEAR_DUPLICATES, near.size()))) {
        out.println("  near-duplicate accounts '" + String.join("', '", g.escapedIds()) + "' (differ only by "
            + g.describeDifferences() + ")");
      }
      if (near.size() > SHOWN_NEAR_DUPLICATES) {
        out.printf(Locale.ROOT, "  ... and %d more (--json lists the first " + Inspection.JSON_NEAR_DUPLICATES + ")%n", near.size() - SHOWN_NEAR_DUPLICATES);
      }
    }
    out.println("Transactions:   " + load.ledger().size());
    out.println("Time range:     " + in.start().map(Object::toString).orElse("-") + " .. " + in.end().map(Object::toString).orElse("-"));
    out.println("Duplicate ids:  " + in.duplicateIds());
    out.println("Self-transfers: " + in.selfTransfers());
    out.println();
    TextTable totals = new TextTable("currency", "transactions", "total").rightAlign(1, 2);
    in.totals().forEach((c, v) -> totals.row(TextEscapes.forMessage(c), in.counts().get(c), Inspection.decimal(v, scale)));
    totals.print(out);
    printTop("Top accounts by outgoing volume", in.topSenders(), scale, out);
    printTop("Top accounts by incoming volume", in.topReceivers(), scale, out);
  }

  private static void printTop(String title, Map<String, List<Inspection.AccountVolume>> top, int scale, PrintWriter out) {
    top.forEach((currency, list) -> {
      out.println();
      out.println(title + " (" + TextEscapes.forMessage(currency) + "):");
      TextTable t = new TextTable("account", "transactions", "total").rightAlign(1, 2);
      for (Inspection.AccountVolume v : list) {
        t.row(TextEscapes.forMessage(v.account()), v.count(), Inspection.decimal(v.total(), scale));
      }
      t.print(out);
    });
  }
}
