package io.moneytrail.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.trace.TraceResult.Conservation;
import io.moneytrail.analysis.trace.TraceResult.Endpoint;
import io.moneytrail.analysis.trace.TraceResult.TraceFlow;
import io.moneytrail.analysis.trace.TraceResult.TracedAccount;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ledger.Ledger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conservation and bookkeeping invariants on 300 seeded random ledgers for every conserving method
 * and both directions, with random limits (hops, dust, window, stop accounts, cap).
 */
class TraceConservationTest {

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> s = Stream.builder();
    for (AllocationMethod method : new AllocationMethod[] {AllocationMethod.FIFO, AllocationMethod.LIFO,
        AllocationMethod.HAIRCUT}) {
      for (Direction direction : Direction.values()) {
        s.add(Arguments.of(method, direction));
      }
    }
    return s.build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void conservationHoldsExactlyOn300RandomLedgers(AllocationMethod method, Direction direction) {
    int traced = 0;
    for (long seed = 1; seed <= 300; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed * 7919 + method.ordinal() * 31 + direction.ordinal());
      Ledger ledger = TraceFixtures.randomLedger(rnd);
      FlowGraph graph = FlowGraph.of(ledger);
      TraceOptions options = TraceOptions.defaults().withMethod(method).withDirection(direction);
      if (rnd.nextBoolean()) {
        options = options.withMaxHops(1 + rnd.nextInt(5));
      }
      if (rnd.nextInt(3) == 0) {
        options = options.withMinAmount(BigDecimal.valueOf(rnd.nextInt(40), 2));
      }
      if (rnd.nextInt(3) == 0) {
        options = options.withStopAccounts(Set.of("a" + rnd.nextInt(4)));
      }
      if (rnd.nextInt(4) == 0) {
        options = options.withMaxTracedTransactions(1 + rnd.nextInt(8));
      }
      TraceStart start;
      int row = TraceFixtures.startRow(ledger, rnd);
      if (row < 0) {
        continue;
      }
      if (rnd.nextBoolean()) {
        start = TraceStart.transaction(ledger.txId(row));
        if (rnd.nextBoolean()) {
          long t = ledger.epochMillis(row);
          options = direction == Direction.FORWARD
              ? options.withUntil(Instant.ofEpochMilli(t + rnd.nextInt(10) * 60_000L))
              : options.withSince(Instant.ofEpochMilli(t - rnd.nextInt(10) * 60_000L));
        }
      } else {
        String account = direction == Direction.FORWARD ? ledger.from(row) : ledger.to(row);
        Optional<BigDecimal> amount = rnd.nextBoolean() ? Optional.empty()
            : Optional.of(BigDecimal.valueOf(1 + rnd.nextInt(400), 2));
        start = new TraceStart.FromAccount(account, amount, Optional.of("EUR"));
        if (rnd.nextBoolean()) {
          long a = TraceFixtures.at(rnd.nextInt(20));
          long b = TraceFixtures.at(rnd.nextInt(20));
          options = options.withSince(Instant.ofEpochMilli(Math.min(a, b))).withUntil(Instant.ofEpochMilli(Math.max(a, b)));
        }
      }
      TraceResult r = Tracer.trace(graph, start, options);
      check(r, ledger, options, "seed " + seed);
      assertEquals(r, Tracer.trace(graph, start, options), "deterministic, seed " + seed);
      if (r.startSummary().amount() > 0) {
        traced++;
      }
    }
    assertTrue(traced > 200, "most random cases trace something: " + traced);
  }

  static void check(TraceResult r, Ledger ledger, TraceOptions options, String label) {
    Conservation c = r.conservation();
    assertFalse(c.exempt(), label);
    assertTrue(c.holds(), label);
    assertEquals(c.start(), c.resting() + c.stopped() + c.dust() + c.beyondHorizon() + c.beyondHopLimit() + c.truncated(),
        label);
    assertEquals(r.truncated(), c.truncatedTransactions() > 0, label);
    long restingSum = r.accounts().stream().mapToLong(TracedAccount::resting).sum();
    long stoppedSum = r.accounts().stream().mapToLong(TracedAccount::stopped).sum();
    assertEquals(c.resting(), restingSum, label);
    assertEquals(c.stopped(), stoppedSum, label);
    assertEquals(c.resting() + c.stopped(), r.endpoints().stream().mapToLong(Endpoint::amount).sum(), label);
    assertTrue(r.flows().size() <= options.maxTracedTransactions(), label);
    boolean forward = options.direction() == Direction.FORWARD;
    long startFlows = 0;
    Set<String> seen = new HashSet<>();
    for (TraceFlow f : r.flows()) {
      assertTrue(seen.add(f.transaction()), "one flow per transaction " + label);
      assertTrue(f.amount() > 0 && f.amount() <= f.transactionAmount(), label + " " + f);
      assertTrue(f.hop() >= 1 && f.hop() <= options.maxHops(), label);
      assertEquals(f.start(), f.hop() == 1, label);
      if (f.start()) {
        startFlows += f.amount();
      } else {
        assertTrue(options.minAmountFloor(ledger.scale()).admits(f.amount()), label);
        // time-respecting: the money was there before it moved on (forward), or the demand (backward)
        String via = forward ? f.from() : f.to();
        boolean fed = r.flows().stream().anyMatch(g -> (forward ? g.to() : g.from()).equals(via)
            && (forward ? before(g, f) : before(f, g)));
        assertTrue(fed, label + " " + f);
      }
    }
    // start money is only ever left unfollowed by the cap
    assertTrue(c.start() - startFlows <= c.truncated(), label);
    if (!r.truncated()) {
      assertEquals(c.start(), startFlows, label);
    }
    for (TracedAccount a : r.accounts()) {
      if (a.role() == TraceResult.Role.INTERMEDIATE) {
        if (forward) {
          assertEquals(a.received(), a.sent() + a.cut() + a.resting(), label + " " + a);
        } else {
          assertEquals(a.sent(), a.received() + a.cut() + a.resting(), label + " " + a);
        }
      }
      assertTrue(a.resting() >= 0 && a.cut() >= 0, label);
    }
  }

  private static boolean before(TraceFlow a, TraceFlow b) {
    int t = a.time().compareTo(b.time());
    return t < 0 || (t == 0 && a.row() < b.row());
  }
}
