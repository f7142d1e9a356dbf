package io.moneytrail.cli;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.FanOptions;
import io.moneytrail.analysis.patterns.GatherScatterOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.ScatterGatherOptions;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.evaluate.Evaluation;
import io.moneytrail.evaluate.EvaluationOptions;
import io.moneytrail.evaluate.Evaluator;
import io.moneytrail.evaluate.GroundTruth;
import io.moneytrail.evaluate.LabelReader;
import io.moneytrail.evaluate.TypologyScore;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneytrail evaluate}: runs the detectors and scores them against ground-truth labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Run the detectors (fan-in/out, cycles, scatter-gather, gather-scatter, mule, structuring) and "
        + "compare their findings with labels: per typology, patterns found / labelled, and transaction- and "
        + "account-level precision and recall.",
        "A pattern counts as found when the findings of its typology's matching kinds that involve its main account "
        + "(the account in most of its transactions) together hold at least --min-share of its transactions."})
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  IngestMixin ingest;

  @Option(names = "--labels", paramLabel = "LABELS",
      description = "moneytrail labels.csv (tx_id,typology,pattern_id,role) or AMLSim alert_transactions.csv "
          + "(alert_id,alert_type,tran_id).")
  Path labels;

  @Option(names = "--label-column", paramLabel = "NAME",
      description = "Use a label column kept at ingest instead: 'Is Laundering' (AMLworld), is_sar (AMLSim), isFraud (PaySim).")
  String labelColumn;

  @Option(names = "--json", description = "Print the scores as JSON on stdout.")
  boolean json;

  @Option(names = "--min-share", paramLabel = "FRACTION", converter = DecimalConverter.class,
      description = "Share of a pattern's transactions the findings must hold for it to count as found. Default: 0.5.")
  BigDecimal minShare;

  @Option(names = "--min-amount", paramLabel = "X", converter = DecimalConverter.class,
      description = "Ignore payments below X in every pattern detector (major units). Default: 0.")
  BigDecimal minAmount;

  @Option(names = "--fan-k", paramLabel = "K", description = "Fan-in/out: distinct counterparties. Default: 5.")
  Integer fanK;

  @Option(names = "--fan-window", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Fan-in/out window. Default: 7d.")
  Duration fanWindow;

  @Option(names = "--sg-k", paramLabel = "K", description = "Scatter-gather and gather-scatter: distinct intermediaries / sources and sinks. Default: 3.")
  Integer sgK;

  @Option(names = "--sg-window", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Scatter-gather and gather-scatter window. Default: 30d.")
  Duration sgWindow;

  @Option(names = "--mule-ratio", paramLabel = "FRACTION", converter = DecimalConverter.class,
      description = "Mule: share of an inflow paid onward. Default: 0.8.")
  BigDecimal muleRatio;

  @Option(names = "--mule-delay", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Mule: longest time to pay onward. Default: 72h.")
  Duration muleDelay;

  @Option(names = "--mule-episodes", paramLabel = "N", description = "Mule: pass-through episodes needed. Default: 2.")
  Integer muleEpisodes;

  @Option(names = "--threshold", paramLabel = "X", converter = DecimalConverter.class,
      description = "Structuring: reporting threshold. Default: 10000.")
  BigDecimal threshold;

  @Option(names = "--margin", paramLabel = "FRACTION", converter = DecimalConverter.class,
      description = "Structuring: amounts in [threshold * (1 - margin), threshold) count. Default: 0.10.")
  BigDecimal margin;

  @Option(names = "--structuring-count", paramLabel = "N", description = "Structuring: payments within the window. Default: 3.")
  Integer structuringCount;

  @Option(names = "--structuring-window", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Structuring window. Default: 7d.")
  Duration structuringWindow;

  @Option(names = "--cycle-max-length", paramLabel = "N", description = "Cycles: longest cycle in hops. Default: 6.")
  Integer cycleMaxLength;

  @Option(names = "--cycle-window", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Cycles: longest time from first to last hop. Default: 30d.")
  Duration cycleWindow;

  @Override
  public Integer call() throws IOException {
    if ((labels == null) == (labelColumn == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --labels or --label-column");
    }
    EvaluationOptions options = options();
    if (labels != null && !Files.isRegularFile(labels)) {
      throw new InputException("labels file not found: " + labels);
    }
    PrintWriter out = spec.commandLine().getOut();
    LoadResult load = ingest.load(spec.commandLine().getErr());
    Ledger ledger = load.ledger();
    GroundTruth truth;
    try {
      truth = labels != null ? LabelReader.read(labels) : LabelReader.fromColumn(ledger, labelColumn);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    Evaluation e = Evaluator.evaluate(ledger, truth, options);
    if (json) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("typologies", e.typologies());
      tree.put("overall", e.overall());
      tree.put("labels", truth.source());
      tree.put("labelledTransactions", truth.transactionCount());
      tree.put("missingTransactions", e.missingTransactions());
      tree.put("findings", e.findings());
      tree.put("cyclesTruncated", e.cyclesTruncated());
      tree.put("minShare", options.minShare());
      tree.put("rule", "a pattern is found when the findings of its typology's matching kinds that involve its main "
          + "account together hold at least minShare of its transactions");
      Json.write(tree, out);
      out.println();
    } else {
      TextTable t = new TextTable("typology", "labelled", "found", "tx precision", "tx recall", "account precision",
          "account recall").rightAlign(1, 2, 3, 4, 5, 6);
      for (TypologyScore s : e.typologies()) {
        row(t, s);
      }
      row(t, e.overall());
      t.print(out);
      out.printf("labels: %s, %d labelled transactions (%d not in the data)%n", truth.source(),
          truth.transactionCount(), e.missingTransactions());
      out.println("findings: " + e.findings() + (e.cyclesTruncated() ? " (cycle search hit its cap)" : ""));
      out.println("found = matching findings involving the pattern's main account hold >= "
          + options.minShare().toPlainString() + " of its transactions");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void row(TextTable t, TypologyScore s) {
    t.row(s.typology(), s.labelled(), s.found(), f(s.txPrecision()), f(s.txRecall()), f(s.accountPrecision()),
        f(s.accountRecall()));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private EvaluationOptions options() {
    EvaluationOptions o = EvaluationOptions.defaults();
    BigDecimal min = minAmount == null ? BigDecimal.ZERO : minAmount;
    FanOptions fan = FanOptions.defaults().withMinAmount(min);
    fan = fanK == null ? fan : fan.withMinCounterparties(fanK);
    fan = fanWindow == null ? fan : fan.withWindow(fanWindow);
    ScatterGatherOptions sg = ScatterGatherOptions.defaults().withMinAmount(min);
    GatherScatterOptions gs = GatherScatterOptions.defaults().withMinAmount(min);
    if (sgK != null) {
      sg = sg.withMinCounterparties(sgK);
      gs = gs.withMinCounterparties(sgK);
    }
    if (sgWindow != null) {
      sg = sg.withWindow(sgWindow);
      gs = gs.withWindow(sgWindow);
    }
    MuleOptions mule = MuleOptions.defaults().withMinAmount(min);
    mule = muleRatio == null ? mule : mule.withRatio(muleRatio);
    mule = muleDelay == null ? mule : mule.withMaxDelay(muleDelay);
    mule = muleEpisodes == null ? mule : mule.withMinEpisodes(muleEpisodes);
    StructuringOptions st = StructuringOptions.defaults().withMinAmount(min);
    st = threshold == null ? st : st.withThreshold(threshold);
    st = margin == null ? st : st.withMargin(margin);
    st = structuringCount == null ? st : st.withMinCount(structuringCount);
    st = structuringWindow == null ? st : st.withWindow(structuringWindow);
    CycleOptions cy = CycleOptions.defaults();
    cy = cycleMaxLength == null ? cy : cy.withMaxLength(cycleMaxLength);
    cy = cycleWindow == null ? cy : cy.withWindow(cycleWindow);
    o = o.withFan(fan).withScatterGather(sg).withGatherScatter(gs).withMule(mule).withStructuring(st).withCycles(cy);
    return minShare == null ? o : o.withMinShare(minShare);
  }
}
