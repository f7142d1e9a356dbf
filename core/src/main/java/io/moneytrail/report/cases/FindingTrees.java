package io.moneytrail.report.cases;

import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.patterns.PatternFinding;
import io.moneytrail.ledger.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where detector findings become JSON-ready trees for findings.json. Patterns use the
 * trees of their own package; a cycle is mapped here (money as a plain decimal string with its
 * currency, times as ISO-8601 instants).
 */
final class FindingTrees {
  private FindingTrees() {}

  static Map<String, Object> cycle(Cycle c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accounts", c.accounts());
    m.put("transactions", c.transactionIds());
    m.put("start", c.start().toString());
    m.put("end", c.end().toString());
    m.put("amounts", c.amountStrings());
    m.put("currencies", c.currencies());
    m.put("length", c.length());
    c.total().ifPresent(t -> m.put("total", money(t)));
    c.minimumHop().ifPresent(t -> m.put("minimumHop", money(t)));
    return m;
  }

  /** Patterns use their own tree ({@link PatternFinding#toJsonTree()}), the contract of the pattern commands' JSON. */
  static Map<String, Object> pattern(PatternFinding f) {
    return new LinkedHashMap<>(f.toJsonTree());
  }

  static Map<String, String> money(Money m) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("amount", m.toDecimalString());
    out.put("currency", m.currency());
    return out;
  }

  static List<Object> monies(List<Money> list) {
    List<Object> out = new ArrayList<>(list.size());
    for (Money m : list) {
      out.add(money(m));
    }
    return out;
  }
}
