package io.moneytrail.analysis.patterns;

import java.util.List;

/**
 * The kinds of finding of this package, with the name the CLI and the JSON use for each and the
 * columns of its flat (CSV) row ({@link PatternFinding#toRow()}).
 */
public enum PatternKind {
  /** An account paying many distinct receivers ({@link FanDetector#fanOut}). */
  FANOUT("fanout", fanColumns()),
  /** An account paid by many distinct senders ({@link FanDetector#fanIn}). */
  FANIN("fanin", fanColumns()),
  /** Source to intermediaries to one sink ({@link ScatterGatherDetector}). */
  SCATTER_GATHER("scatter-gather", List.of("kind", "source", "sink", "intermediary_count", "intermediaries", "start",
      "end", "currency", "total", "gathered_total", "transaction_count", "transactions", "rule")),
  /** Sources to a hub to sinks ({@link GatherScatterDetector}). */
  GATHER_SCATTER("gather-scatter", List.of("kind", "hub", "source_count", "sources", "sink_count", "sinks", "start",
      "end", "currency", "total", "scattered_total", "transaction_count", "transactions", "rule")),
  /** Pass-through (mule) accounts ({@link MuleDetector}). */
  MULES("mules", List.of("kind", "account", "currency", "episodes", "retention", "start", "end", "total",
      "passed_on", "total_in", "total_out", "transaction_count", "transactions", "rule")),
  /** Payments just under a reporting threshold ({@link StructuringDetector}). */
  STRUCTURING("structuring", List.of("kind", "account", "direction", "counterparty_count", "counterparties", "start",
      "end", "currency", "total", "transaction_count", "transactions", "rule"));

  private final String id;
  private final List<String> columns;

  PatternKind(String id, List<String> columns) {
    this.id = id;
    this.columns = columns;
  }

  private static List<String> fanColumns() {
    return List.of("kind", "account", "counterparty_count", "counterparties", "start", "end", "currency", "total",
        "transaction_count", "transactions", "rule");
  }

  /** @return the kind's name: {@code fanout}, {@code fanin}, {@code scatter-gather}, {@code gather-scatter}, {@code mules} or {@code structuring} */
  public String id() {
    return id;
  }

  /**
   * The columns of a finding's flat row. Lists (accounts, transaction ids) are one cell, joined by
   * {@code ";"}; amounts are plain decimal strings, or {@code "12.50 EUR + 3.00 USD"} when a finding
   * mixes currencies; times are ISO-8601 instants.
   *
   * @return the column names, in row order
   */
  public List<String> columns() {
    return columns;
  }
}
