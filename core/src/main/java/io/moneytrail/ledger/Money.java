package io.moneytrail.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of money: a count of minor units at a declared scale, in one currency.
 *
 * <p>With scale 2, {@code Money.of(1250, 2, "EUR")} is EUR 12.50. Amounts never pass through
 * {@code double}; arithmetic is done on the {@code long} minor units.
 *
 * @param minorUnits the amount in minor units (for scale 2: cents)
 * @param scale the number of decimal digits the minor units carry (0 to 18)
 * @param currency the currency code as given in the input (ISO 4217 where the input uses it)
 */
public record Money(long minorUnits, int scale, String currency) {

  /** Validates the scale and currency. */
  public Money {
    checkScale(scale);
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * Creates a money value.
   *
   * @param minorUnits amount in minor units
   * @param scale decimal digits of the minor units
   * @param currency currency code
   * @return the value
   */
  public static Money of(long minorUnits, int scale, String currency) {
    return new Money(minorUnits, scale, currency);
  }

  /** @return the exact amount as a {@link BigDecimal} with this scale */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minorUnits, scale);
  }

  /** @return the exact amount as a plain decimal string, e.g. {@code "12.50"} */
  public String toDecimalString() {
    return format(minorUnits, scale);
  }

  /**
   * The amount for people: digits grouped in thousands with commas, the scale's decimals, then the
   * currency, e.g. {@code 1,250.00 EUR} or {@code -3,000 JPY}.
   *
   * @return the amount in words and numbers
   */
  public String toHumanString() {
    java.text.DecimalFormat f = new java.text.DecimalFormat(scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0",
        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    f.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
    return f.format(toBigDecimal()) + " " + currency;
  }

  @Override
  public String toString() {
    return toDecimalString() + " " + currency;
  }

  /**
   * Formats minor units as a plain decimal string with exactly {@code scale} decimals.
   *
   * @param minorUnits amount in minor units
   * @param scale decimal digits (0 to 18)
   * @return for example {@code "12.50"} for 1250 at scale 2, {@code "-0.05"} for -5
   */
  public static String format(long minorUnits, int scale) {
    checkScale(scale);
    return BigDecimal.valueOf(minorUnits, scale).toPlainString();
  }

  /**
   * Parses an exact decimal string into minor units at the given scale.
   *
   * @param decimal a plain decimal such as {@code "12.5"} or {@code "-3"}
   * @param scale decimal digits of the result
   * @return the amount in minor units
   * @throws ArithmeticException if the value has more decimals than {@code scale} or does not fit
   *     in a {@code long}
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static long parseMinorUnits(String decimal, int scale) {
    checkScale(scale);
    return new BigDecimal(decimal.trim()).setScale(scale).unscaledValue().longValueExact();
  }

  static void checkScale(int scale) {
    if (scale < 0 || scale > 18) {
      throw new IllegalArgumentException("scale must be between 0 and 18, was " + scale);
    }
  }
}
