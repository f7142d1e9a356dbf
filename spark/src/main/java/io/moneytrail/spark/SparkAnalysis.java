package io.moneytrail.spark;

import io.moneytrail.analysis.patterns.PatternKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The analyses that run on Spark, each with the same definition and the same findings as in core.
 * How each one is spread over a cluster:
 *
 * <ul>
 *   <li>fan-out, fan-in: the transactions are partitioned by payer (receiver) account, and core's
 *       detector runs on each partition: every burst belongs to one account and needs only that
 *       account's payments.
 *   <li>gather-scatter, mules, structuring: partitioned by account, each transaction going to both
 *       its payer's and its receiver's partition; core runs per partition and keeps the findings of
 *       the accounts the partition holds.
 *   <li>scatter-gather: partitioned by source; each partition gets its sources' payments plus, by a
 *       join, every onward payment of an intermediary that can form a leg (same or later time, within
 *       the window, to a sink other than the source).
 *   <li>temporal cycles: partitioned by time; a cycle lasts at most the window, so a bucket of time
 *       {@code [b, b + L)} plus the window after it holds every cycle that starts in the bucket.
 *       Static cycles ({@code ignoreTime}) need the whole pair graph in one place and are refused.
 * </ul>
 *
 * Each partition's ledger keeps the global ledger order, so core's tie-breaks by ledger row hold.
 */
public enum SparkAnalysis {
  /** Fan-out bursts ({@link io.moneytrail.analysis.patterns.FanDetector#fanOut}). */
  FANOUT(PatternKind.FANOUT.id()),
  /** Fan-in bursts ({@link io.moneytrail.analysis.patterns.FanDetector#fanIn}). */
  FANIN(PatternKind.FANIN.id()),
  /** Scatter-gather bursts ({@link io.moneytrail.analysis.patterns.ScatterGatherDetector}). */
  SCATTER_GATHER(PatternKind.SCATTER_GATHER.id()),
  /** Gather-scatter bursts ({@link io.moneytrail.analysis.patterns.GatherScatterDetector}). */
  GATHER_SCATTER(PatternKind.GATHER_SCATTER.id()),
  /** Pass-through accounts ({@link io.moneytrail.analysis.patterns.MuleDetector}). */
  MULES(PatternKind.MULES.id()),
  /** Payments just under a threshold ({@link io.moneytrail.analysis.patterns.StructuringDetector}). */
  STRUCTURING(PatternKind.STRUCTURING.id()),
  /** Time-respecting cycles ({@link io.moneytrail.analysis.cycles.TemporalCycles}). */
  CYCLES("cycles");

  /** The flat columns of a cycle, as the CLI's {@code cycles --csv} writes them. */
  static final List<String> CYCLE_COLUMNS =
      List.of("start", "end", "hops", "accounts", "transactions", "transaction_count", "amounts", "currency");

  private final String id;

  SparkAnalysis(String id) {
    this.id = id;
  }

  /** @return the name used by the CLI, the file names and the JSON ({@code fanout}, ..., {@code cycles}) */
  public String id() {
    return id;
  }

  /** @return the columns of one finding's flat row (Parquet output) */
  public List<String> columns() {
    return this == CYCLES ? CYCLE_COLUMNS : patternKind().columns();
  }

  PatternKind patternKind() {
    return switch (this) {
      case FANOUT -> PatternKind.FANOUT;
      case FANIN -> PatternKind.FANIN;
      case SCATTER_GATHER -> PatternKind.SCATTER_GATHER;
      case GATHER_SCATTER -> PatternKind.GATHER_SCATTER;
      case MULES -> PatternKind.MULES;
      case STRUCTURING -> PatternKind.STRUCTURING;
      case CYCLES -> throw new IllegalStateException("cycles are not a pattern kind");
    };
  }

  /**
   * @param id a name as given by {@link #id()}
   * @return the analysis of that name
   */
  public static Optional<SparkAnalysis> byId(String id) {
    String v = id.trim().toLowerCase(Locale.ROOT);
    for (SparkAnalysis a : values()) {
      if (a.id.equals(v)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
