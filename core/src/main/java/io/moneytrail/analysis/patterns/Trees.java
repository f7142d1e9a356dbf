package io.moneytrail.analysis.patterns;

import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pieces of JSON trees and flat rows that every kind of finding shares. */
final class Trees {
  /** Separates the items of a list in one flat-row cell. */
  static final String LIST_SEPARATOR = ";";

  private Trees() {}

  /** @return the plain decimal string of a one-currency total, or {@code "12.50 EUR + 3.00 USD"} */
  static String total(List<Money> totals) {
    if (totals.size() == 1) {
      return totals.get(0).toDecimalString();
    }
    List<String> parts = new ArrayList<>(totals.size());
    for (Money m : totals) {
      parts.add(m.toDecimalString() + " " + m.currency());
    }
    return String.join(" + ", parts);
  }

  /** @return the currency code, or the codes joined by {@code "+"} */
  static String currency(List<Money> totals) {
    List<String> codes = new ArrayList<>(totals.size());
    for (Money m : totals) {
      codes.add(m.currency());
    }
    return String.join("+", codes);
  }

  /** @return currency code to plain decimal string, in the totals' (currency) order */
  static Map<String, String> perCurrency(List<Money> totals) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Money t : totals) {
      m.put(t.currency(), t.toDecimalString());
    }
    return m;
  }

  /** Adds the evidence every finding has: transactions, start, end, total, currency, totals. */
  static void evidence(Map<String, Object> tree, PatternFinding f) {
    tree.put("transactions", f.transactions());
    tree.put("start", f.start().toString());
    tree.put("end", f.end().toString());
    tree.put("total", total(f.totals()));
    tree.put("currency", currency(f.totals()));
    tree.put("totals", perCurrency(f.totals()));
  }

  /** @return a new tree beginning with the finding's kind */
  static Map<String, Object> start(PatternFinding f) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("kind", f.kind().id());
    return tree;
  }

  /** @return the list as one flat-row cell */
  static String join(List<String> items) {
    return String.join(LIST_SEPARATOR, items);
  }

  /** @return a canonical plain decimal string (no exponent, no trailing zeros) */
  static String plain(BigDecimal value) {
    return Checks.plain(value);
  }
}
