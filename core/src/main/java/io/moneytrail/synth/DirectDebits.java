package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Who pays which utility: each utility's collection day (1-28), the second its run starts
 * (01:00-06:00) and its payers (accounts, CSR) with each one's base bill (log-normal around 70,
 * 15-400). Each active person pays 1-3 different utilities, the first chosen with a tail towards
 * the first utilities.
 */
final class DirectDebits {
  final byte[] billDay;
  final int[] billSecond;
  final int[] payerStart;
  final int[] payer;
  final long[] billBase;

  /** @param firstPayer account of active person 0 (the others follow) */
  DirectDebits(int utilities, int active, int firstPayer, SplittableRandom r) {
    billDay = new byte[utilities];
    billSecond = new int[utilities];
    for (int u = 0; u < utilities; u++) {
      billDay[u] = (byte) (1 + r.nextInt(28));
      billSecond[u] = Draws.between(r, 1, 6);
    }
    Csr bills = new Csr();
    for (int a = 0; a < active; a++) {
      int n = Math.min(utilities, 1 + r.nextInt(3));
      double v = r.nextDouble();
      int first = (int) (utilities * v * v);
      for (int k = 0; k < n; k++) {
        bills.add((first + k) % utilities, firstPayer + a, Draws.logNormal(r, 7_000, 0.6, 1_500, 40_000), -1);
      }
    }
    payerStart = new int[utilities + 1];
    int[] order = bills.order(utilities, payerStart);
    payer = bills.accounts(order);
    billBase = bills.amounts(order);
  }

  int utilities() {
    return billDay.length;
  }
}
