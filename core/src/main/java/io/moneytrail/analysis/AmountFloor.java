package io.moneytrail.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A minimum amount option ({@code minAmount} in major units, e.g. {@code 100.00}) turned into the
 * exact test the detectors apply to amounts in minor units at a ledger's scale: an amount counts
 * when it is at least {@code ceil(minAmount * 10^scale)}. The one rule for every detector and for
 * tracing: a minimum beyond the largest amount a ledger can hold ({@code Long.MAX_VALUE} minor
 * units) admits nothing, never something by overflow.
 *
 * @param minor the least amount that counts, in minor units (meaningless when unreachable)
 * @param unreachable whether no amount can reach the minimum
 */
public record AmountFloor(long minor, boolean unreachable) {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** Admits every amount. */
  public static final AmountFloor NONE = new AmountFloor(Long.MIN_VALUE, false);

  /**
   * @param major the minimum in major units (any sign)
   * @param scale decimal digits of the ledger's minor units
   * @return the floor at that scale
   */
  public static AmountFloor of(BigDecimal major, int scale) {
    BigDecimal m = major.movePointRight(scale).setScale(0, RoundingMode.CEILING);
    if (m.compareTo(LONG_MAX) > 0) {
      return new AmountFloor(Long.MAX_VALUE, true);
    }
    if (m.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
      return NONE;
    }
    return new AmountFloor(m.longValueExact(), false);
  }

  /**
   * @param amount an amount in minor units at the floor's scale
   * @return whether it counts
   */
  public boolean admits(long amount) {
    return !unreachable && amount >= minor;
  }
}
