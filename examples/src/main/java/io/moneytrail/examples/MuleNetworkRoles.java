package io.moneytrail.examples;

import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.patterns.MuleDetector;
import io.moneytrail.analysis.patterns.MuleFinding;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.analysis.roles.AccountRoles;
import io.moneytrail.analysis.roles.RoleOptions;
import io.moneytrail.analysis.trace.TraceOptions;
import io.moneytrail.analysis.trace.TraceResult;
import io.moneytrail.analysis.trace.TraceStart;
import io.moneytrail.analysis.trace.Tracer;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * Workshop 4: the roles in a mule network. Pass-through (mule) accounts are found first; the
 * transactions of their episodes, plus a forward trace of what the mules' receivers passed on, are
 * the flagged flow, and every account touching it gets a role: source (victim-like or not), mule,
 * collector, distributor or exit.
 */
public final class MuleNetworkRoles {
  private MuleNetworkRoles() {}

  /**
   * The result of the workshop.
   *
   * @param mules the pass-through findings
   * @param roles the roles of the accounts in the flagged flow
   */
  public record Result(DetectorResult<MuleFinding> mules, List<AccountRole> roles) {}

  /**
   * Finds accounts that pass on at least 80 % of an inflow within 48 hours, at least twice, traces
   * their receivers' money forward and assigns roles (hubs need at least 5 distinct counterparties)
   * over those transactions.
   *
   * @param ledger the data
   * @return mules and roles
   */
  public static Result run(Ledger ledger) {
    TemporalIndex index = FlowGraph.of(ledger).index();
    MuleOptions options = MuleOptions.defaults().withRatio(new BigDecimal("0.8")).withMaxDelay(Duration.ofHours(48))
        .withMinEpisodes(2);
    DetectorResult<MuleFinding> mules = MuleDetector.detect(index, options);
    TreeSet<Integer> rows = new TreeSet<>();
    TreeSet<String> muleAccounts = new TreeSet<>();
    TreeSet<String> receivers = new TreeSet<>();
    for (MuleFinding f : mules.findings()) {
      muleAccounts.add(f.account());
      for (String id : f.transactions()) {
        ledger.rowOf(id).ifPresent(rows::add);
      }
      f.episodes().forEach(e -> e.outflows().forEach(o -> receivers.add(o.receiver())));
    }
    receivers.removeAll(muleAccounts);
    // follow the money the mules' receivers (the collectors) passed on, forward, first in first out
    for (String receiver : receivers) {
      TraceResult trace = Tracer.trace(index, TraceStart.account(receiver), TraceOptions.defaults());
      for (int row : trace.flowRows()) {
        rows.add(row);
      }
    }
    List<AccountRole> roles = AccountRoles.assign(index, rows.stream().mapToInt(Integer::intValue).toArray(),
        RoleOptions.defaults().withHubMinCounterparties(5));
    return new Result(mules, roles);
  }

  /**
   * Prints mules and roles.
   *
   * @param result the result
   * @param out where to print
   */
  public static void print(Result result, PrintStream out) {
    out.println("pass-through accounts (" + result.mules().detector().rule(result.mules().options()) + "):");
    for (MuleFinding f : result.mules().findings()) {
      out.printf("  %-12s %d episodes, %s .. %s%n", f.account(), f.episodes().size(), f.start(), f.end());
    }
    out.println("roles in the flagged flow:");
    for (AccountRole r : result.roles()) {
      out.printf("  %-20s %-11s %s%n", r.account(), r.role() + (r.victimLike() ? " (victim-like)" : ""),
          String.join("; ", r.reasons()));
    }
  }

  /** @param args optional path of the scam-centre CSV */
  public static void main(String[] args) {
    print(run(ExampleData.load(args, "scam-centre.csv")), System.out);
  }
}
