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
 * One gather-scatter burst: a hub was paid by several sources and paid several sinks.
 *
 * @param hub the hub account key
 * @param sources the distinct accounts that paid the hub in the burst, sorted
 * @param sinks the distinct accounts the hub paid in the burst, sorted (an account may be both a
 *     source and a sink)
 * @param transactions ids of the burst's inflows and outflows, by time then ledger order
 * @param rows the ledger rows of those payments, same order
 * @param start time of the first payment
 * @param end time of the last payment
 * @param totals sum of the gathered payments (sources to hub) per currency
 * @param scatteredTotals sum of the scattered payments (hub to sinks) per currency
 * @param options the rule's options
 */
public record GatherScatterFinding(String hub, List<String> sources, List<String> sinks, List<String> transactions,
    RowList rows, Instant start, Instant end, List<Money> totals, List<Money> scatteredTotals, BurstOptions options)
    implements Finding {

  /** The columns of {@link #toRow()}. */
  public static final List<String> COLUMNS = List.of("kind", "hub", "source_count", "sources", "sink_count", "sinks",
      "start", "end", "currency", "total", "scattered_total", "transaction_count", "transactions", "rule");

  /** Copies the lists into unmodifiable ones. */
  public GatherScatterFinding {
    Objects.requireNonNull(hub, "hub");
    sources = List.copyOf(sources);
    sinks = List.copyOf(sinks);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    scatteredTotals = List.copyOf(scatteredTotals);
    Objects.requireNonNull(options, "options");
  }

  @Override
  public Detector detector() {
    return Detector.GATHER_SCATTER;
  }

  /** @return the hub */
  @Override
  public List<String> subjects() {
    return List.of(hub);
  }

  /** @return the smaller of distinct sources and sinks over the rule's least number, less one (full at twice) */
  @Override
  public double exceedance() {
    return Finding.beyond(Math.min(sources.size(), sinks.size()), options.minCounterparties());
  }

  /** @return how closely what the hub scattered matches what it gathered: the smaller over the larger (one currency) */
  @Override
  public double passThrough() {
    return Finding.balance(scatteredTotals, totals);
  }

  /** @return the hub (gather-scatter findings are sorted by start, hub, end) */
  @Override
  public List<String> orderKeys() {
    return List.of(hub);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Gather-scatter: {@code hub}, {@code sources}, {@code sinks} (sorted keys), then the common
   * evidence ({@code total}: the gathered payments), then {@code scatteredTotal} and
   * {@code scatteredTotals} (the hub's payments to the sinks).
   */
  @Override
  public Map<String, Object> toJsonTree() {
    Map<String, Object> tree = Trees.start(this);
    tree.put("hub", hub);
    tree.put("sources", sources);
    tree.put("sinks", sinks);
    Trees.evidence(tree, this);
    tree.put("scatteredTotal", Trees.total(scatteredTotals));
    tree.put("scatteredTotals", Trees.perCurrency(scatteredTotals));
    tree.put("rule", rule());
    return tree;
  }

  @Override
  public List<String> toRow() {
    return List.of(detector().id(), hub, Integer.toString(sources.size()), Trees.join(sources),
        Integer.toString(sinks.size()), Trees.join(sinks), start.toString(), end.toString(), Trees.currency(totals),
        Trees.total(totals), Trees.total(scatteredTotals), Integer.toString(transactions.size()),
        Trees.join(transactions), rule());
  }
}
