package io.moneytrail.analysis.cycles;

import io.moneytrail.graph.PairFlow;
import io.moneytrail.ledger.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The outcome of a cycle search.
 *
 * @param parameters the options the search ran with
 * @param scale decimal digits of the ledger's minor units
 * @param truncated true when more than {@code parameters.maxResults()} cycles qualify; the lists
 *     then hold exactly the first {@code maxResults} of the full sorted order
 * @param cycles temporal cycles sorted by start time, then transaction ids (element by element,
 *     a prefix first), then ledger rows; empty in static mode
 * @param pairCycles static cycles sorted by their account keys (element by element, a prefix
 *     first); empty in temporal mode
 */
public record CycleResult(CycleOptions parameters, int scale, boolean truncated, List<Cycle> cycles,
    List<PairCycle> pairCycles) {

  /** Copies the lists. */
  public CycleResult {
    Objects.requireNonNull(parameters, "parameters");
    cycles = List.copyOf(cycles);
    pairCycles = List.copyOf(pairCycles);
  }

  /** @return the number of cycles reported (temporal or static, whichever mode ran) */
  public int count() {
    return parameters.ignoreTime() ? pairCycles.size() : cycles.size();
  }

  /**
   * The result as a JSON-ready tree of maps and lists (insertion-ordered), the machine-readable
   * contract of {@code moneytrail cycles --json}:
   * {@code {"parameters":{...},"truncated":false,"count":N,"cycles":[...]}}.
   *
   * <p>Each temporal cycle: {@code accounts}, {@code transactions} (ids), {@code start},
   * {@code end} (ISO-8601 instants), {@code amounts} (plain decimal strings per hop),
   * {@code currency} (the shared code, or the distinct codes joined by {@code "+"} when hops mix
   * currencies), then {@code length}, {@code currencies} (per hop), {@code total} and
   * {@code minimumHop} (decimal strings, only when one currency), {@code rows} (ledger rows).
   *
   * <p>Each static cycle: {@code accounts}, {@code transactions} (always empty: a static cycle
   * aggregates pairs), {@code start}/{@code end} (earliest/latest transaction on its pairs),
   * {@code amounts} (per-hop totals as decimal strings, when one currency; else per hop
   * {@code "12.50 EUR + 3.00 USD"}), {@code currency}, {@code length}, {@code transactionCount}
   * and {@code hops} (from, to, count, totals per currency, first, last).
   *
   * @return the tree; keys are never renamed, new keys may be added
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("parameters", parameters.parameters());
    root.put("truncated", truncated);
    root.put("count", count());
    List<Object> list = new ArrayList<>();
    if (parameters.ignoreTime()) {
      for (PairCycle c : pairCycles) {
        list.add(staticJson(c));
      }
    } else {
      for (Cycle c : cycles) {
        list.add(c.toJsonTree());
      }
    }
    root.put("cycles", list);
    return root;
  }

  private Map<String, Object> staticJson(PairCycle c) {
    Map<String, Object> m = new LinkedHashMap<>();
    SortedMap<String, Long> totals = c.totals();
    m.put("accounts", c.accounts());
    m.put("transactions", List.of());
    m.put("start", c.first().toString());
    m.put("end", c.last().toString());
    List<String> amounts = new ArrayList<>();
    List<Object> hops = new ArrayList<>();
    for (PairFlow h : c.hops()) {
      amounts.add(totals.size() == 1 ? Money.format(h.totals().get(totals.firstKey()), scale) : mixed(h.totals()));
      Map<String, Object> hop = new LinkedHashMap<>();
      hop.put("from", h.from());
      hop.put("to", h.to());
      hop.put("count", h.count());
      Map<String, String> hopTotals = new LinkedHashMap<>();
      h.totals().forEach((code, v) -> hopTotals.put(code, Money.format(v, scale)));
      hop.put("totals", hopTotals);
      hop.put("first", h.first().toString());
      hop.put("last", h.last().toString());
      hops.add(hop);
    }
    m.put("amounts", amounts);
    m.put("currency", String.join("+", totals.keySet()));
    m.put("length", c.length());
    m.put("transactionCount", c.transactionCount());
    m.put("hops", hops);
    return m;
  }

  private String mixed(SortedMap<String, Long> totals) {
    List<String> parts = new ArrayList<>();
    totals.forEach((code, v) -> parts.add(Money.format(v, scale) + " " + code));
    return String.join(" + ", parts);
  }
}
