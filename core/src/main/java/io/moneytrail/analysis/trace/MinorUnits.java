package io.moneytrail.analysis.trace;

import java.math.BigInteger;

/** Exact proportional shares in minor units. */
final class MinorUnits {
  private MinorUnits() {}

  /**
   * The traced part of a take: {@code part * take / whole} rounded to the nearest unit, halves up.
   * This is the largest-remainder split of {@code take} units between the traced share
   * ({@code part}) and the untraced share ({@code whole - part}), a tie going to the traced share;
   * so the two parts sum exactly to {@code take}, neither exceeds its share of the pool, and what
   * remains in the pool stays consistent (traced &lt;= total).
   *
   * @param part traced units in the pool, 0 &lt;= part &lt;= whole
   * @param take units taken, 0 &lt;= take &lt;= whole
   * @param whole units in the pool, &gt; 0
   */
  static long share(long part, long take, long whole) {
    if (part == 0 || take == 0) {
      return 0;
    }
    if (take == whole) {
      return part;
    }
    long hi = Math.multiplyHigh(part, take);
    long lo = part * take;
    if (hi == 0 && lo >= 0) {
      long q = lo / whole;
      long r = lo - q * whole;
      return r >= whole - r ? q + 1 : q;
    }
    BigInteger[] qr = BigInteger.valueOf(part).multiply(BigInteger.valueOf(take)).divideAndRemainder(BigInteger.valueOf(whole));
    long q = qr[0].longValueExact();
    BigInteger r = qr[1];
    return r.shiftLeft(1).compareTo(BigInteger.valueOf(whole)) >= 0 ? q + 1 : q;
  }
}
