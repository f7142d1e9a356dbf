package io.moneytrail.analysis.cycles;

import io.moneytrail.ledger.Ledger;
import java.util.SplittableRandom;

/**
 * Small seeded random ledgers for the oracle tests: few accounts (so many parallel transactions
 * and cycles), timestamps on a coarse grid (so many ties), some self-transfers, a second currency,
 * amounts from a small set (so ratio rules bite at their boundaries), and transaction ids that are
 * sometimes out of ledger order or repeated.
 */
final class RandomLedgers {
  static final long T0 = 1_735_689_600_000L;
  static final long HOUR = 3_600_000L;
  private static final long[] AMOUNTS = {10_000, 9_000, 8_000, 9_500, 10_000, 12_000, 50, 100_000, 8_500};

  private RandomLedgers() {}

  static Ledger small(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int accounts = 3 + random.nextInt(4);
    int transactions = 4 + random.nextInt(accounts <= 4 ? 22 : 16);
    int slots = 1 + random.nextInt(12);
    boolean shuffledIds = random.nextInt(3) == 0;
    Ledger.Builder b = Ledger.builder();
    for (int i = 0; i < transactions; i++) {
      int from = random.nextInt(accounts);
      int to = random.nextInt(10) == 0 ? from : random.nextInt(accounts);
      long time = T0 + random.nextInt(slots) * HOUR * (1 + random.nextInt(2));
      long amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
      String currency = random.nextInt(6) == 0 ? "USD" : "EUR";
      String id = shuffledIds ? "X" + random.nextInt(transactions + 3) : String.format("T%03d", i);
      b.add(id, time, "A" + from, "A" + to, amount, currency);
    }
    return b.build();
  }

  /** A medium ledger (random, not small) for thread-determinism checks. */
  static Ledger medium(long seed, int accounts, int transactions, int hours) {
    SplittableRandom random = new SplittableRandom(seed);
    Ledger.Builder b = Ledger.builder();
    for (int i = 0; i < transactions; i++) {
      int from = random.nextInt(accounts);
      int to = random.nextInt(accounts);
      long time = T0 + random.nextInt(hours) * HOUR;
      b.add("M" + (transactions - i), time, "B" + from, "B" + to, AMOUNTS[random.nextInt(AMOUNTS.length)],
          random.nextInt(8) == 0 ? "USD" : "EUR");
    }
    return b.build();
  }
}
