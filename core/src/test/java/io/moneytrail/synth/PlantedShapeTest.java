package io.moneytrail.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.synth.GeneratedRun.Label;
import io.moneytrail.synth.GeneratorOptions.Planting;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every planted pattern keeps the shape {@link Planter} documents (counterparty counts, windows,
 * shares passed on), in both planting modes, so labels mean the same thing in both.
 */
class PlantedShapeTest {
  private static final long HOUR = 3600;

  private GeneratedRun run;

  @ParameterizedTest
  @EnumSource(Planting.class)
  void everyPlantedPatternKeepsItsDocumentedShape(Planting planting, @TempDir Path dir) throws IOException {
    GeneratorOptions options = GeneratorOptions.defaults().withAccounts(8_000).withDays(120).withTransactions(150_000)
        .withSeed(77).withPlanting(planting);
    run = GeneratedRun.of(options, dir);
    Map<String, List<Label>> patterns = run.patterns();
    Map<String, Integer> perTypology = new HashMap<>();
    for (Map.Entry<String, List<Label>> e : patterns.entrySet()) {
      List<Label> rows = new ArrayList<>(e.getValue());
      rows.sort(Comparator.comparing((Label l) -> run.time(l.row())).thenComparingInt(Label::row));
      String typology = rows.get(0).typology();
      perTypology.merge(typology, 1, Integer::sum);
      String id = e.getKey();
      switch (Typology.byLabel(typology).orElseThrow()) {
        case FAN_IN -> fan(id, rows, "sender_payment", true);
        case FAN_OUT -> fan(id, rows, "payout", false);
        case CYCLE -> cycle(id, rows);
        case SCATTER_GATHER -> scatterGather(id, rows);
        case GATHER_SCATTER -> gatherScatter(id, rows);
        case MULE_CHAIN -> muleChain(id, rows);
        case STRUCTURING -> structuring(id, rows);
        case SCAM_CENTRE -> scamCentre(id, rows);
      }
    }
    for (Typology t : Typology.values()) {
      assertEquals(options.count(t), perTypology.getOrDefault(t.label(), 0), t.label());
    }
  }

  private List<Label> role(List<Label> rows, String role) {
    return rows.stream().filter(l -> l.role().equals(role)).toList();
  }

  private Set<String> payers(List<Label> rows) {
    return rows.stream().map(l -> run.from(l.row())).collect(Collectors.toSet());
  }

  private Set<String> payees(List<Label> rows) {
    return rows.stream().map(l -> run.to(l.row())).collect(Collectors.toSet());
  }

  private Set<String> roles(List<Label> rows) {
    return rows.stream().map(Label::role).collect(Collectors.toSet());
  }

  private long seconds(Label a, Label b) {
    return Duration.between(run.time(a.row()), run.time(b.row())).getSeconds();
  }

  private static void within(String what, long value, long lo, long hi) {
    assertTrue(value >= lo && value <= hi, what + " = " + value + ", expected " + lo + ".." + hi);
  }

  /** {@code part} is between lo and hi per mille of {@code whole}, give or take a cent per row. */
  private static void share(String what, long part, long whole, int loPerMille, int hiPerMille, int rows) {
    assertTrue(part >= whole * loPerMille / 1000 - rows && part <= whole * hiPerMille / 1000 + rows,
        what + ": " + part + " of " + whole + ", expected " + loPerMille + "-" + hiPerMille + " per mille");
  }

  private void fan(String id, List<Label> rows, String role, boolean in) {
    assertEquals(Set.of(role), roles(rows), id);
    within(id + " counterparties", rows.size(), 6, 12);
    assertEquals(1, (in ? payees(rows) : payers(rows)).size(), id + " hub");
    assertEquals(rows.size(), (in ? payers(rows) : payees(rows)).size(), id + " distinct counterparties");
    within(id + " span", seconds(rows.get(0), rows.get(rows.size() - 1)), 0, 2 * 24 * HOUR);
  }

  private void cycle(String id, List<Label> hops) {
    assertEquals(Set.of("hop"), roles(hops), id);
    int k = hops.size();
    within(id + " ring", k, 3, 6);
    assertEquals(k, payers(hops).size(), id + " distinct ring members");
    for (int i = 0; i < k; i++) {
      Label h = hops.get(i);
      Label next = hops.get((i + 1) % k);
      assertEquals(run.to(h.row()), run.from(next.row()), id + " hop " + i + " closes the ring");
      if (i + 1 < k) {
        within(id + " gap " + i, seconds(h, next), 6 * HOUR, 48 * HOUR);
        share(id + " hop " + (i + 1), run.amount(next.row()), run.amount(h.row()), 960, 1000, 1);
      }
    }
  }

  private void scatterGather(String id, List<Label> rows) {
    assertEquals(Set.of("scatter", "gather"), roles(rows), id);
    List<Label> scatter = role(rows, "scatter");
    List<Label> gather = role(rows, "gather");
    within(id + " intermediaries", scatter.size(), 4, 8);
    assertEquals(1, payers(scatter).size(), id + " one source");
    assertEquals(1, payees(gather).size(), id + " one sink");
    assertEquals(payees(scatter), payers(gather), id + " intermediaries pass on");
    assertEquals(scatter.size(), payees(scatter).size(), id + " distinct intermediaries");
    for (Label s : scatter) {
      Label g = gather.stream().filter(x -> run.from(x.row()).equals(run.to(s.row()))).findFirst().orElseThrow();
      within(id + " gather delay", seconds(s, g), HOUR, 24 * HOUR);
      share(id + " gathered", run.amount(g.row()), run.amount(s.row()), 950, 990, 1);
    }
  }

  private void gatherScatter(String id, List<Label> rows) {
    assertEquals(Set.of("gather", "scatter"), roles(rows), id);
    List<Label> gather = role(rows, "gather");
    List<Label> scatter = role(rows, "scatter");
    within(id + " sources", gather.size(), 4, 8);
    assertEquals(gather.size(), scatter.size(), id);
    assertEquals(gather.size(), payers(gather).size(), id + " distinct sources");
    assertEquals(scatter.size(), payees(scatter).size(), id + " distinct sinks");
    assertEquals(payees(gather), payers(scatter), id + " one hub");
    assertEquals(1, payees(gather).size(), id + " one hub");
    within(id + " gather window", seconds(gather.get(0), gather.get(gather.size() - 1)), 0, 24 * HOUR);
    assertTrue(seconds(gather.get(gather.size() - 1), scatter.get(0)) > 0, id + " scatters after gathering");
    long in = gather.stream().mapToLong(l -> run.amount(l.row())).sum();
    long out = scatter.stream().mapToLong(l -> run.amount(l.row())).sum();
    share(id + " passed on", out, in, 900, 980, scatter.size());
  }

  private void muleChain(String id, List<Label> rows) {
    assertEquals(Set.of("inflow", "forward", "exit"), roles(rows), id);
    List<Label> inflows = role(rows, "inflow");
    List<Label> exits = role(rows, "exit");
    int reps = inflows.size();
    within(id + " uses", reps, 3, 5);
    assertEquals(reps, exits.size(), id + " one exit per use");
    assertEquals(1, payees(inflows).size(), id + " first mule");
    assertEquals(1, payees(exits).size(), id + " one exit account");
    Set<String> mules = new HashSet<>(payers(role(rows, "forward")));
    mules.addAll(payers(exits));
    within(id + " mules", mules.size(), 2, 4);
    assertEquals(reps * mules.size(), rows.size() - reps, id + " every mule forwards every use");
    for (Label out : rows) {
      if (out.role().equals("inflow")) {
        continue;
      }
      String mule = run.from(out.row());
      boolean fed = rows.stream().anyMatch(in -> run.to(in.row()).equals(mule)
          && seconds(in, out) >= HOUR && seconds(in, out) <= 24 * HOUR
          && run.amount(out.row()) >= run.amount(in.row()) * 900 / 1000 - 1
          && run.amount(out.row()) <= run.amount(in.row()) * 980 / 1000 + 1);
      assertTrue(fed, id + " " + run.ledger.txId(out.row()) + " forwards 90-98 % of an inflow within 1-24 hours");
    }
  }

  private void structuring(String id, List<Label> rows) {
    assertEquals(Set.of("deposit"), roles(rows), id);
    within(id + " deposits", rows.size(), 5, 10);
    within(id + " runners", payers(rows).size(), 1, 4);
    assertEquals(1, payees(rows).size(), id + " one collector");
    for (int i = 0; i < rows.size(); i++) {
      within(id + " amount", run.amount(rows.get(i).row()), 900_000, 999_000);
      if (i > 0) {
        within(id + " daily", seconds(rows.get(i - 1), rows.get(i)), 16 * HOUR, 32 * HOUR);
      }
    }
  }

  private void scamCentre(String id, List<Label> rows) {
    List<Label> victims = role(rows, "victim_payment");
    List<Label> forwards = role(rows, "mule_forward");
    List<Label> consolidation = role(rows, "consolidation");
    List<Label> layering = role(rows, "layering");
    List<Label> cashOut = role(rows, "cash_out");
    within(id + " victims", payers(victims).size(), 15, 30);
    Set<String> mules = payees(victims);
    within(id + " mules", mules.size(), 4, 6);
    assertEquals(2 * victims.size(), forwards.size(), id + " two forwards per victim payment");
    assertEquals(mules, payers(forwards), id);
    Set<String> collectors = payees(forwards);
    within(id + " collectors", collectors.size(), 1, 2);
    assertEquals(collectors.size() - 1, consolidation.size(), id + " a second collector sweeps into the main one");
    String main = consolidation.isEmpty() ? collectors.iterator().next() : run.to(consolidation.get(0).row());
    for (String mule : mules) {
      long in = victims.stream().filter(l -> run.to(l.row()).equals(mule)).mapToLong(l -> run.amount(l.row())).sum();
      long out = forwards.stream().filter(l -> run.from(l.row()).equals(mule)).mapToLong(l -> run.amount(l.row())).sum();
      share(id + " mule " + mule + " forwarded", out, in, 850, 950, 2 * victims.size());
    }
    for (Label f : forwards) {
      String mule = run.from(f.row());
      boolean fed = victims.stream().anyMatch(v -> run.to(v.row()).equals(mule) && seconds(v, f) >= 2 * HOUR
          && seconds(v, f) <= 30 * HOUR);
      assertTrue(fed, id + " " + run.ledger.txId(f.row()) + " forwards a victim payment within 2-30 hours");
    }
    assertEquals(Set.of(main), payers(layering), id + " the main collector layers");
    within(id + " layers", payees(layering).size(), 3, 6);
    assertEquals(layering.size(), payees(layering).size(), id);
    assertEquals(payees(layering), payers(cashOut), id + " every layer cashes out");
    within(id + " cash-out accounts", payees(cashOut).size(), 1, 2);
    Label lastForward = forwards.get(forwards.size() - 1);
    assertTrue(seconds(lastForward, layering.get(0)) > 0, id + " layering follows collection");
  }
}
