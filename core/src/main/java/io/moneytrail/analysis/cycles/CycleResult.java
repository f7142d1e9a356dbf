package io.moneytrail.analysis.cycles;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorResult;
import io.moneytrail.analysis.Trees;
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
   * The result as a JSON-ready tree, the machine-readable contract of {@code moneytrail cycles --json}:
   * the document of {@link DetectorResult#toJsonTree()} ({@code {"schemaVersion":2,"detector":"cycles",
   * "parameters":{...},"truncated":false,"count":N,"findings":[...]}}), each temporal cycle as
   * {@link Cycle#toJsonTree()}.
   *
   * <p>Each static cycle: {@code kind}, {@code accounts}, {@code transactions} (always empty: a
   * static cycle aggregates pairs), {@code start}/{@code end} (earliest/latest transaction on its
   * pairs), {@code amounts} (per-hop totals as decimal strings, when one currency; else per hop
   * {@code "12.50 EUR + 3.00 USD"}), {@code currency}, {@code length}, {@code transactionCount},
   * {@code hops} (from, to, count, totals per currency, first, last) and {@code rule}.
   *
   * @return the tree; keys are never renamed, new keys may be added
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> root = asDetectorResult().toJsonTree();
    if (parameters.ignoreTime()) {
      List<Object> list = new ArrayList<>();
      for (PairCycle c : pairCycles) {
        list.add(staticJson(c));
      }
      root.put("count", pairCycles.size());
      root.put("findings", list);
    }
    return root;
  }

  /** @return the temporal cycles as the result of the cycle detector (empty in static mode) */
  public DetectorResult<Cycle> asDetectorResult() {
    return new DetectorResult<>(Detector.CYCLES, parameters, cycles, truncated);
  }

  /**
   * @return every cycle as a flat row in the columns of {@link Cycle#COLUMNS}; a static cycle has no
   *     transaction ids and counts the transactions on its pairs
   */
  public List<List<String>> rows() {
    if (!parameters.ignoreTime()) {
      return asDetectorResult().rows();
    }
    String rule = TemporalCycles.rule(parameters);
    List<List<String>> rows = new ArrayList<>(pairCycles.size());
    for (PairCycle c : pairCycles) {
      rows.add(List.of(Detector.CYCLES.id(), Trees.join(c.accounts()), c.first().toString(), c.last().toString(),
          Integer.toString(c.length()), String.join("+", c.totals().keySet()), Trees.join(pairAmounts(c)),
          mixed(c.totals()), Long.toString(c.transactionCount()), "", rule));
    }
    return rows;
  }

  private Map<String, Object> staticJson(PairCycle c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", Detector.CYCLES.id());
    m.put("accounts", c.accounts());
    m.put("transactions", List.of());
    m.put("start", c.first().toString());
    m.put("end", c.last().toString());
    List<Object> hops = new ArrayList<>();
    for (PairFlow h : c.hops()) {
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
    m.put("amounts", pairAmounts(c));
    m.put("currency", String.join("+", c.totals().keySet()));
    m.put("length", c.length());
    m.put("transactionCount", c.transactionCount());
    m.put("hops", hops);
    m.put("rule", TemporalCycles.rule(parameters));
    return m;
  }

  /** @return each pair's total: a plain decimal when the cycle has one currency, else {@code "12.50 EUR + 3.00 USD"} */
  private List<String> pairAmounts(PairCycle c) {
    SortedMap<String, Long> totals = c.totals();
    List<String> amounts = new ArrayList<>();
    for (PairFlow h : c.hops()) {
      amounts.add(totals.size() == 1 ? Money.format(h.totals().get(totals.firstKey()), scale) : mixed(h.totals()));
    }
    return amounts;
  }

  private String mixed(SortedMap<String, Long> totals) {
    if (totals.size() == 1) {
      return Money.format(totals.get(totals.firstKey()), scale);
    }
    List<String> parts = new ArrayList<>();
    totals.forEach((code, v) -> parts.add(Money.format(v, scale) + " " + code));
    return String.join(" + ", parts);
  }
}
