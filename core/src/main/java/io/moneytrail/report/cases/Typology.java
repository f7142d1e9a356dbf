package io.moneytrail.report.cases;

import io.moneytrail.analysis.patterns.PatternKind;
import java.util.List;

/** The kinds of finding an analysis reports, with their file-name key and a glossary text. */
public enum Typology {
  /** Temporal cycle: money returns to where it started, moving forward in time. */
  CYCLE("cycles", "round trip (cycle)",
      "Money leaves an account and comes back to it through other accounts, each payment later than the previous "
          + "one, within a time window. Used to make money look like business income (e.g. invoices between shell companies)."),
  /** One account pays many distinct accounts within a window. */
  FAN_OUT("fan-out", "fan-out",
      "One account pays many different accounts within a short time: typical of a distributor splitting funds."),
  /** One account is paid by many distinct accounts within a window. */
  FAN_IN("fan-in", "fan-in",
      "Many different accounts pay one account within a short time: typical of a collector gathering victims' or mules' money."),
  /** A source pays several intermediaries that pay one common sink. */
  SCATTER_GATHER("scatter-gather", "scatter-gather",
      "A source pays several intermediaries, which pass the money on to one common destination: layering to hide the link."),
  /** Several sources pay a hub that pays several sinks. */
  GATHER_SCATTER("gather-scatter", "gather-scatter",
      "Several accounts pay a hub, which pays several other accounts: money pooled and redistributed."),
  /** Pass-through (mule) account. */
  MULE("mules", "pass-through (mule)",
      "An account that repeatedly passes on most of what it receives within a short delay, keeping a small cut."),
  /** Repeated payments just under a reporting threshold. */
  STRUCTURING("structuring", "structuring",
      "Repeated payments just under a reporting threshold, to stay below the level that triggers a report.");

  private final String key;
  private final String title;
  private final String glossary;

  Typology(String key, String title, String glossary) {
    this.key = key;
    this.title = title;
    this.glossary = glossary;
  }

  /** @return the key used in JSON and file names, e.g. {@code fan-out} (CSV file {@code fan-out.csv}) */
  public String key() {
    return key;
  }

  /** @return the name for people */
  public String title() {
    return title;
  }

  /** Columns of a cycle's flat row. */
  static final List<String> CYCLE_COLUMNS = List.of("kind", "accounts", "start", "end", "hops", "currency", "amounts",
      "total", "transaction_count", "transactions", "rule");

  /**
   * @return the columns of a finding's flat row ({@link Finding#fields()}): for patterns those of
   *     {@link PatternKind#columns()}, for cycles {@code kind, accounts, start, end, hops, currency,
   *     amounts, total, transaction_count, transactions, rule}
   */
  public List<String> columns() {
    return switch (this) {
      case CYCLE -> CYCLE_COLUMNS;
      case FAN_OUT -> PatternKind.FANOUT.columns();
      case FAN_IN -> PatternKind.FANIN.columns();
      case SCATTER_GATHER -> PatternKind.SCATTER_GATHER.columns();
      case GATHER_SCATTER -> PatternKind.GATHER_SCATTER.columns();
      case MULE -> PatternKind.MULES.columns();
      case STRUCTURING -> PatternKind.STRUCTURING.columns();
    };
  }

  /** @return one or two sentences explaining the typology, for the report's glossary */
  public String glossary() {
    return glossary;
  }
}
