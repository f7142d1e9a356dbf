package io.moneytrail.cli;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.cli.options.AnalysisSettingsMixin;
import io.moneytrail.cli.options.DecimalConverter;
import io.moneytrail.cli.options.InputException;
import io.moneytrail.evaluate.Evaluation;
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

/** {@code moneytrail evaluate}: runs the analysis and scores it against ground-truth labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Run the analysis of 'moneytrail analyze' (every detector, with the same --settings and --set) and "
        + "compare its findings with labels: per typology, patterns found / labelled, and transaction- and "
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

  @Mixin
  AnalysisSettingsMixin analysisSettings;

  @Override
  public Integer call() throws IOException {
    if ((labels == null) == (labelColumn == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --labels or --label-column");
    }
    AnalysisSettings settings = analysisSettings.settings();
    BigDecimal share = minShare == null ? Evaluator.DEFAULT_MIN_SHARE : minShare;
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--min-share must be > 0 and <= 1, was "
          + share.toPlainString());
    }
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
    Evaluation e = Evaluator.evaluate(Analysis.run(load, settings), truth, share);
    if (json) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("typologies", e.typologies());
      tree.put("overall", e.overall());
      tree.put("labels", truth.source());
      tree.put("labelledTransactions", truth.transactionCount());
      tree.put("missingTransactions", e.missingTransactions());
      tree.put("findings", e.findings());
      tree.put("cyclesTruncated", e.cyclesTruncated());
      tree.put("minShare", share);
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
          + share.toPlainString() + " of its transactions");
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
}
