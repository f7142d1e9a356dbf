package io.moneytrail.analysis.patterns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Validation and exact conversions shared by the options records and detectors. */
final class Checks {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

  private Checks() {}

  static int atLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
    }
    return value;
  }

  static Duration nonNegative(String option, Duration value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " must not be null");
    }
    if (value.isNegative()) {
      throw new IllegalArgumentException(option + " must not be negative, was " + value);
    }
    if (value.compareTo(Duration.ofMillis(Long.MAX_VALUE / 4)) > 0) {
      throw new IllegalArgumentException(option + " is too long, was " + value);
    }
    return value;
  }

  static BigDecimal nonNegative(String option, BigDecimal value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " must not be null");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException(option + " must not be negative, was " + value.toPlainString());
    }
    return value;
  }

  /**
   * The smallest amount in minor units that is at least {@code value}: ceil(value * 10^scale),
   * clamped to the long range.
   */
  static long minorAtLeast(BigDecimal value, int scale) {
    BigDecimal m = value.movePointRight(scale).setScale(0, RoundingMode.CEILING);
    if (m.compareTo(LONG_MAX) > 0) {
      return Long.MAX_VALUE;
    }
    if (m.compareTo(LONG_MIN) < 0) {
      return Long.MIN_VALUE;
    }
    return m.longValueExact();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
