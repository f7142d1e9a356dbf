package io.moneytrail.cli.options;

import java.math.BigDecimal;
import picocli.CommandLine;

/** Reads exact decimals ({@code 9500}, {@code 0.2}); a trailing {@code %} divides by 100. */
public final class DecimalConverter implements CommandLine.ITypeConverter<BigDecimal> {
  @Override
  public BigDecimal convert(String value) {
    String v = value.trim();
    try {
      if (v.endsWith("%")) {
        return new BigDecimal(v.substring(0, v.length() - 1).trim()).movePointLeft(2);
      }
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a decimal number");
    }
  }
}
