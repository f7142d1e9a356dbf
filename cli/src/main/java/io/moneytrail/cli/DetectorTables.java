package io.moneytrail.cli;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.patterns.FanFinding;
import io.moneytrail.analysis.patterns.GatherScatterFinding;
import io.moneytrail.analysis.patterns.MuleFinding;
import io.moneytrail.analysis.patterns.ScatterGatherFinding;
import io.moneytrail.analysis.patterns.StructuringFinding;
import io.moneytrail.ledger.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables the detector commands print for people: a few columns per detector chosen for reading
 * in a terminal. A detector without a table of its own gets its flat row without the long cells
 * (kind, transaction ids, rule).
 */
final class DetectorTables {
  private DetectorTables() {}

  static TextTable table(Detector detector, List<? extends Finding> findings) {
    return switch (detector) {
      case CYCLES -> cycles(findings);
      case FAN_OUT, FAN_IN -> {
        TextTable t = new TextTable("account", "start", "end", "counterparties", "payments", "total").rightAlign(3, 4, 5);
        for (Finding x : findings) {
          FanFinding f = (FanFinding) x;
          t.row(f.account(), f.start(), f.end(), f.counterparties().size(), f.transactions().size(), money(f.totals()));
        }
        yield t;
      }
      case SCATTER_GATHER -> {
        TextTable t = new TextTable("source", "sink", "start", "end", "intermediaries", "payments", "scattered",
            "gathered").rightAlign(4, 5, 6, 7);
        for (Finding x : findings) {
          ScatterGatherFinding f = (ScatterGatherFinding) x;
          t.row(f.source(), f.sink(), f.start(), f.end(), f.intermediaries().size(), f.transactions().size(),
              money(f.totals()), money(f.gatheredTotals()));
        }
        yield t;
      }
      case GATHER_SCATTER -> {
        TextTable t = new TextTable("hub", "start", "end", "sources", "sinks", "payments", "gathered", "scattered")
            .rightAlign(3, 4, 5, 6, 7);
        for (Finding x : findings) {
          GatherScatterFinding f = (GatherScatterFinding) x;
          t.row(f.hub(), f.start(), f.end(), f.sources().size(), f.sinks().size(), f.transactions().size(),
              money(f.totals()), money(f.scatteredTotals()));
        }
        yield t;
      }
      case MULES -> {
        TextTable t = new TextTable("account", "start", "end", "episodes", "received", "passed on", "retention")
            .rightAlign(3, 4, 5, 6);
        for (Finding x : findings) {
          MuleFinding f = (MuleFinding) x;
          t.row(f.account(), f.start(), f.end(), f.episodes().size(), money(f.totals()), f.passedOn(),
              f.retention().toPlainString());
        }
        yield t;
      }
      case STRUCTURING -> {
        TextTable t = new TextTable("account", "direction", "start", "end", "payments", "counterparties", "total")
            .rightAlign(4, 5, 6);
        for (Finding x : findings) {
          StructuringFinding f = (StructuringFinding) x;
          t.row(f.account(), f.direction().name().toLowerCase(Locale.ROOT), f.start(), f.end(), f.transactions().size(),
              f.counterparties().size(), money(f.totals()));
        }
        yield t;
      }
      default -> generic(detector, findings);
    };
  }

  /** The generic table: every column of the flat row but the long ones. */
  static TextTable generic(Detector detector, List<? extends Finding> findings) {
    List<Integer> keep = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < detector.columns().size(); i++) {
      String c = detector.columns().get(i);
      if (!List.of("kind", "transactions", "rule").contains(c)) {
        keep.add(i);
        header.add(c);
      }
    }
    TextTable t = new TextTable(header.toArray(String[]::new));
    for (Finding f : findings) {
      List<String> row = f.toRow();
      t.row(keep.stream().map(row::get).toArray());
    }
    return t;
  }

  private static TextTable cycles(List<? extends Finding> findings) {
    TextTable table = new TextTable("start", "end", "hops", "accounts", "amounts", "currency", "transactions")
        .rightAlign(2);
    for (Finding x : findings) {
      Cycle c = (Cycle) x;
      table.row(c.start(), c.end(), c.length(), path(c.accounts()), String.join(", ", c.amountStrings()),
          String.join("+", c.totals().stream().map(Money::currency).toList()), String.join(", ", c.transactions()));
    }
    return table;
  }

  /** @return the accounts around the cycle and back to the first: {@code A -> B -> C -> A} */
  static String path(List<String> accounts) {
    return String.join(" -> ", accounts) + " -> " + accounts.get(0);
  }

  /** @return the total(s) for people: {@code "12.50 EUR"} or {@code "12.50 EUR + 3.00 USD"} */
  static String money(List<Money> totals) {
    List<String> parts = new ArrayList<>(totals.size());
    for (Money m : totals) {
      parts.add(m.toString());
    }
    return String.join(" + ", parts);
  }
}
