package io.moneytrail.analysis.trace;

import io.moneytrail.ledger.Ledger;
import java.util.SplittableRandom;

/** Seeded random small ledgers with ties, other currencies, self-transfers and zero amounts. */
final class RandomLedgers {
  private RandomLedgers() {}

  static Ledger ledger(SplittableRandom rnd) {
    int accounts = 3 + rnd.nextInt(6);
    int txs = 5 + rnd.nextInt(36);
    Ledger.Builder b = Ledger.builder();
    for (int i = 0; i < txs; i++) {
      int from = rnd.nextInt(accounts);
      int to = rnd.nextInt(accounts);
      if (to == from && rnd.nextInt(10) != 0) {
        to = (from + 1) % accounts;
      }
      long amount = rnd.nextInt(30) == 0 ? 0 : 1 + rnd.nextInt(200);
      String currency = rnd.nextInt(10) == 0 ? "USD" : "EUR";
      b.add("x" + i, TraceFixtures.at(rnd.nextInt(20)), "a" + from, "a" + to, amount, currency);
    }
    return b.build();
  }

  /** @return a random row paying a positive EUR amount between distinct accounts, or -1 */
  static int startRow(Ledger ledger, SplittableRandom rnd) {
    int offset = rnd.nextInt(ledger.size());
    for (int i = 0; i < ledger.size(); i++) {
      int r = (offset + i) % ledger.size();
      if (ledger.amount(r) > 0 && ledger.fromId(r) != ledger.toId(r) && ledger.currency(r).equals("EUR")) {
        return r;
      }
    }
    return -1;
  }
}
