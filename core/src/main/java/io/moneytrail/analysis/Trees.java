package io.moneytrail.analysis;

import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pieces of JSON trees and flat rows that every kind of finding shares (see {@link Finding#toJsonTree()}). */
public final class Trees {
  /** Separates the items of a list in one flat-row cell. */
  public static final String LIST_SEPARATOR = ";";

  private Trees() {}

  /**
   * @param totals amounts, one per currency
   * @return the plain decimal string of a one-currency total, or {@code "12.50 EUR + 3.00 USD"}
   */
  public static String total(List<Money> totals) {
    if (totals.size() == 1) {
      return totals.get(0).toDecimalString();
    }
    List<String> parts = new ArrayList<>(totals.size());
    for (Money m : totals) {
      parts.add(m.toDecimalString() + " " + m.currency());
    }
    return String.join(" + ", parts);
  }

  /**
   * @param totals amounts, one per currency
   * @return the currency code, or the codes joined by {@code "+"}
   */
  public static String currency(List<Money> totals) {
    List<String> codes = new ArrayList<>(totals.size());
    for (Money m : totals) {
      codes.add(m.currency());
    }
    return String.join("+", codes);
  }

  /**
   * @param totals amounts, one per currency
   * @return currency code to plain decimal string, in the totals' order
   */
  public static Map<String, String> perCurrency(List<Money> totals) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Money t : totals) {
      m.put(t.currency(), t.toDecimalString());
    }
    return m;
  }

  /**
   * Adds the evidence every finding has: {@code transactions}, {@code start}, {@code end},
   * {@code total}, {@code currency}, {@code totals}.
   *
   * @param tree the finding's tree so far
   * @param f the finding
   */
  public static void evidence(Map<String, Object> tree, Finding f) {
    tree.put("transactions", f.transactions());
    tree.put("start", f.start().toString());
    tree.put("end", f.end().toString());
    tree.put("total", total(f.totals()));
    tree.put("currency", currency(f.totals()));
    tree.put("totals", perCurrency(f.totals()));
  }

  /**
   * @param f a finding
   * @return a new tree beginning with the finding's {@code kind}
   */
  public static Map<String, Object> start(Finding f) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("kind", f.detector().id());
    return tree;
  }

  /**
   * @param items list items
   * @return the list as one flat-row cell
   */
  public static String join(List<String> items) {
    return String.join(LIST_SEPARATOR, items);
  }

  /**
   * @param value a decimal
   * @return a canonical plain decimal string (no exponent, no trailing zeros)
   */
  public static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
