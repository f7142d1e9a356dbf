package io.moneytrail.analysis;

import java.math.BigDecimal;

/** The validation rules options records share; each failure is an {@link OptionException} naming the option. */
public final class Checks {
  private Checks() {}

  /**
   * @param option the option's key
   * @param value its value
   * @param min the least allowed value
   * @return the value
   * @throws OptionException when it is below min
   */
  public static int atLeast(String option, int value, int min) {
    if (value < min) {
      throw new OptionException(option, Integer.toString(value), "must be at least " + min + ", was " + value);
    }
    return value;
  }

  /**
   * @param option the option's key
   * @param value its value
   * @param min the least allowed value
   * @param max the largest allowed value
   * @return the value
   * @throws OptionException when it is outside [min, max]
   */
  public static int between(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new OptionException(option, Integer.toString(value), "must be between " + min + " and " + max + ", was "
          + value);
    }
    return value;
  }

  /**
   * @param option the option's key
   * @param value its value
   * @return the value
   * @throws OptionException when it is null or negative
   */
  public static BigDecimal nonNegative(String option, BigDecimal value) {
    present(option, value);
    if (value.signum() < 0) {
      throw new OptionException(option, value.toPlainString(), "must not be negative, was " + value.toPlainString());
    }
    return value;
  }

  /**
   * @param option the option's key
   * @param value its value
   * @return the value
   * @throws OptionException when it is null, zero or negative
   */
  public static BigDecimal positive(String option, BigDecimal value) {
    present(option, value);
    if (value.signum() <= 0) {
      throw new OptionException(option, value.toPlainString(), "must be positive, was " + value.toPlainString());
    }
    return value;
  }

  /**
   * @param option the option's key
   * @param value its value
   * @return the value
   * @throws OptionException when it is null or outside [0, 1]
   */
  public static BigDecimal fraction(String option, BigDecimal value) {
    present(option, value);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new OptionException(option, value.toPlainString(), "must be between 0 and 1, was " + value.toPlainString());
    }
    return value;
  }

  /**
   * @param value a decimal
   * @return the same number in one canonical form (no trailing zeros, scale at least 0), so that
   *     options compare equal when their values are equal ({@code 0.10} and {@code 0.1})
   */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * @param option the option's key
   * @param value its value
   * @param <T> its type
   * @return the value
   * @throws OptionException when it is null
   */
  public static <T> T present(String option, T value) {
    if (value == null) {
      throw new OptionException(option, "", "must be given");
    }
    return value;
  }
}
