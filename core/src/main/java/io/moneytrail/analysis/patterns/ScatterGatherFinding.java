package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.Trees;
import io.moneytrail.ledger.RowList;
import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scatter-gather burst: a source paid several intermediaries, which passed money on to one
 * common sink.
 *
 * @param source the source account key
 * @param sink the sink account key
 * @param intermediaries the distinct intermediaries with at least one leg in the burst, sorted
 * @param transactions ids of every leg payment (source to intermediary and intermediary to sink),
 *     by time then ledger order
 * @param rows the ledger rows of those payments, same order
 * @param start time of the first payment
 * @param end time of the last payment
 * @param totals sum of the scattered payments (source to intermediaries) per currency
 * @param gatheredTotals sum of the gathered payments (intermediaries to sink) per currency
 * @param options the rule's options
 */
public record ScatterGatherFinding(String source, String sink, List<String> intermediaries, List<String> transactions,
    RowList rows, Instant start, Instant end, List<Money> totals, List<Money> gatheredTotals, BurstOptions options)
    implements Finding {

  /** The columns of {@link #toRow()}. */
  public static final List<String> COLUMNS = List.of("kind", "source", "sink", "intermediary_count",
      "intermediaries", "start", "end", "currency", "total", "gathered_total", "transaction_count", "transactions",
      "rule");

  /** Copies the lists into unmodifiable ones. */
  public ScatterGatherFinding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    intermediaries = List.copyOf(intermediaries);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    gatheredTotals = List.copyOf(gatheredTotals);
    Objects.requireNonNull(options, "options");
  }

  @Override
  public Detector detector() {
    return Detector.SCATTER_GATHER;
  }

  /** @return the source, the intermediaries, then the sink (each once) */
  @Override
  public List<String> subjects() {
    List<String> s = new java.util.ArrayList<>(intermediaries.size() + 2);
    s.add(source);
    s.addAll(intermediaries);
    s.add(sink);
    return s.stream().distinct().toList();
  }

  /** @return distinct intermediaries over the rule's least number, less one (full at twice) */
  @Override
  public double exceedance() {
    return Finding.beyond(intermediaries.size(), options.minCounterparties());
  }

  /** @return how closely what reached the sink matches what the source scattered: the smaller over the larger (one currency) */
  @Override
  public double passThrough() {
    return Finding.balance(gatheredTotals, totals);
  }

  /** @return source and sink (scatter-gather findings are sorted by start, source, sink, end) */
  @Override
  public List<String> orderKeys() {
    return List.of(source, sink);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Scatter-gather: {@code source}, {@code sink}, {@code intermediaries} (sorted keys), then the
   * common evidence ({@code total}: the scattered payments), then {@code gatheredTotal} and
   * {@code gatheredTotals} (the payments into the sink).
   */
  @Override
  public Map<String, Object> toJsonTree() {
    Map<String, Object> tree = Trees.start(this);
    tree.put("source", source);
    tree.put("sink", sink);
    tree.put("intermediaries", intermediaries);
    Trees.evidence(tree, this);
    tree.put("gatheredTotal", Trees.total(gatheredTotals));
    tree.put("gatheredTotals", Trees.perCurrency(gatheredTotals));
    tree.put("rule", rule());
    return tree;
  }

  @Override
  public List<String> toRow() {
    return List.of(detector().id(), source, sink, Integer.toString(intermediaries.size()), Trees.join(intermediaries),
        start.toString(), end.toString(), Trees.currency(totals), Trees.total(totals), Trees.total(gatheredTotals),
        Integer.toString(transactions.size()), Trees.join(transactions), rule());
  }
}
