package io.moneytrail.analysis.cycles;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The amount rules of {@link CycleOptions} turned into exact integer tests on minor units at one
 * ledger scale. Ratios {@code y >= (1 - loss) * x} and {@code y <= (1 + gain) * x} are compared as
 * 128-bit products of longs, never through floating point.
 */
final class AmountRules {
  final boolean on;
  private final boolean minOn;
  private final boolean minImpossible;
  private final long minMinor;
  private final boolean lossOn;
  private final long lossNum;
  private final long lossDen;
  private final boolean gainOn;
  private final long gainNum;
  private final long gainDen;

  AmountRules(CycleOptions options, int scale) {
    on = options.amountRules();
    minOn = options.minAmount().isPresent();
    if (minOn) {
      BigInteger min = options.minAmount().get().movePointRight(scale).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
      minImpossible = min.bitLength() > 63;
      minMinor = minImpossible ? Long.MAX_VALUE : min.longValueExact();
    } else {
      minImpossible = false;
      minMinor = Long.MIN_VALUE;
    }
    lossOn = options.maxLoss().isPresent();
    if (lossOn) {
      BigDecimal loss = options.maxLoss().get();
      int d = CycleOptions.decimals(loss);
      lossDen = BigInteger.TEN.pow(d).longValueExact();
      lossNum = BigDecimal.ONE.subtract(loss).movePointRight(d).toBigIntegerExact().longValueExact();
    } else {
      lossNum = 0;
      lossDen = 1;
    }
    gainOn = options.maxGain().isPresent();
    if (gainOn) {
      BigDecimal gain = options.maxGain().get();
      int d = CycleOptions.decimals(gain);
      gainDen = BigInteger.TEN.pow(d).longValueExact();
      gainNum = BigDecimal.ONE.add(gain).movePointRight(d).toBigIntegerExact().longValueExact();
    } else {
      gainNum = 0;
      gainDen = 1;
    }
  }

  /** @return whether a ratio rule (maxLoss or maxGain) is on */
  boolean ratioOn() {
    return lossOn || gainOn;
  }

  /** @return whether a single hop of this amount may be part of a cycle */
  boolean hopOk(long amount) {
    return !minOn || (!minImpossible && amount >= minMinor);
  }

  /** @return whether {@code next} may follow {@code previous} under maxLoss and maxGain */
  boolean ratioOk(long previous, long next) {
    if (lossOn && compareProducts(next, lossDen, previous, lossNum) < 0) {
      return false;
    }
    return !gainOn || compareProducts(next, gainDen, previous, gainNum) <= 0;
  }

  /** @return the sign of {@code a*b - c*d}, computed exactly in 128 bits */
  static int compareProducts(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, b);
    long hi2 = Math.multiplyHigh(c, d);
    if (hi1 != hi2) {
      return hi1 < hi2 ? -1 : 1;
    }
    return Long.compareUnsigned(a * b, c * d);
  }
}
