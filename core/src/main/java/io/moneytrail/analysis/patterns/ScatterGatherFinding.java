package io.moneytrail.analysis.patterns;

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
 * @param start time of the first payment
 * @param end time of the last payment
 * @param totals sum of the scattered payments (source to intermediaries) per currency
 * @param gatheredTotals sum of the gathered payments (intermediaries to sink) per currency
 * @param options the rule's options
 */
public record ScatterGatherFinding(String source, String sink, List<String> intermediaries, List<String> transactions,
    Instant start, Instant end, List<Money> totals, List<Money> gatheredTotals, ScatterGatherOptions options)
    implements PatternFinding {

  /** Copies the lists into unmodifiable ones. */
  public ScatterGatherFinding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    intermediaries = List.copyOf(intermediaries);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    gatheredTotals = List.copyOf(gatheredTotals);
    Objects.requireNonNull(options, "options");
  }

  @Override
  public PatternKind kind() {
    return PatternKind.SCATTER_GATHER;
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
    return List.of(kind().id(), source, sink, Integer.toString(intermediaries.size()), Trees.join(intermediaries),
        start.toString(), end.toString(), Trees.currency(totals), Trees.total(totals), Trees.total(gatheredTotals),
        Integer.toString(transactions.size()), Trees.join(transactions), rule());
  }
}
