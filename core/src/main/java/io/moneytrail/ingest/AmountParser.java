package io.moneytrail.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Parses decimal amounts exactly into {@code long} minor units at a scale. Accepts an optional
 * leading {@code +}, digits, and one decimal mark ({@code .}, or {@code ,} with decimal comma);
 * scientific notation such as {@code 1.5E3} is read exactly too, and so is digit grouping by the
 * other mark in threes ({@code 1,500.00}; with decimal comma {@code 1.500,00}). Trailing zeros beyond the scale
 * are accepted ({@code 12.500} at scale 2 is 1250); a non-zero digit beyond the scale is refused,
 * never rounded.
 */
final class AmountParser {
  private static final long LIMIT = Long.MAX_VALUE / 10;
  private final int scale;
  private final char mark;
  private final char group;
  private final Pattern grouped;

  AmountParser(int scale, boolean decimalComma) {
    this.scale = scale;
    this.mark = decimalComma ? ',' : '.';
    this.group = decimalComma ? '.' : ',';
    this.grouped = Pattern.compile("\\+?\\d{1,3}(" + Pattern.quote(String.valueOf(group)) + "\\d{3})+("
        + Pattern.quote(String.valueOf(mark)) + "\\d*)?");
  }

  long parse(String text) throws BadCell {
    int n = text.length();
    int i = 0;
    if (n > 0 && text.charAt(0) == '+') {
      i = 1;
    }
    if (i >= n) {
      throw new BadCell("amount is not a number");
    }
    long value = 0;
    int decimals = -1; // -1 before the mark
    boolean digits = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
        int d = c - '0';
        if (decimals >= 0) {
          decimals++;
          if (decimals > scale) {
            if (d != 0) {
              throw new BadCell("amount has more decimal places than the scale of " + scale
                  + " (a larger --scale holds it exactly)");
            }
            continue;
          }
        }
        if (value > LIMIT || (value == LIMIT && d > 7)) {
          return slow(text);
        }
        value = value * 10 + d;
      } else if (c == mark && decimals < 0) {
        decimals = 0;
      } else {
        return slow(text);
      }
    }
    if (!digits) {
      throw new BadCell("amount is not a number");
    }
    int pad = scale - Math.max(decimals, 0);
    if (decimals > scale) {
      pad = 0;
    }
    for (int k = 0; k < pad; k++) {
      if (value > LIMIT) {
        return slow(text);
      }
      value *= 10;
    }
    if (value == 0) {
      throw new BadCell("amount must be greater than zero");
    }
    return value;
  }

  /** Exact path for signs, exponents, overflow and anything unusual. */
  private long slow(String text) throws BadCell {
    String t = text;
    if (t.indexOf(group) >= 0) {
      if (!grouped.matcher(t).matches()) {
        throw new BadCell("amount is not a number (digit grouping must be in threes, decimal mark '" + mark + "')");
      }
      t = t.replace(String.valueOf(group), "");
    }
    if (mark == ',') {
      t = t.replace(',', '.');
    }
    BigDecimal d;
    try {
      d = new BigDecimal(t);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new BadCell("amount is not a number");
    }
    if ((long) d.precision() - d.scale() > 20) {
      throw new BadCell(d.signum() <= 0 ? "amount must be greater than zero"
          : "amount does not fit in a 64-bit count of minor units at scale " + scale);
    }
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > scale) {
      throw new BadCell(d.signum() < 0 ? "amount is negative; must be greater than zero"
          : "amount has more decimal places than the scale of " + scale + " (a larger --scale holds it exactly)");
    }
    if (d.signum() <= 0) {
      throw new BadCell(d.signum() == 0 ? "amount must be greater than zero" : "amount is negative; must be greater than zero");
    }
    BigDecimal scaled = d.movePointRight(scale);
    BigInteger units;
    try {
      units = scaled.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new BadCell("amount has more decimal places than the scale of " + scale
          + " (a larger --scale holds it exactly)");
    }
    if (units.bitLength() > 63) {
      throw new BadCell("amount does not fit in a 64-bit count of minor units at scale " + scale);
    }
    return units.longValue();
  }
}
