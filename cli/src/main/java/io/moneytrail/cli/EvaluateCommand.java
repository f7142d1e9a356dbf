package io.moneytrail.cli;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.cli.options.AnalysisSettingsMixin;
import io.moneytrail.cli.options.DecimalConverter;
import io.moneytrail.cli.options.InputException;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.evaluate.CaseEvaluator;
import io.moneytrail.evaluate.CaseScores;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
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

  @Option(names = "--exclude", paramLabel = "TYPOLOGIES", split = ",",
      description = "Typologies whose patterns the case scores leave out, e.g. random,cycle:2 (a name also matches "
          + "its schedules: cycle matches cycle:2). Their transactions still count as labelled.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--alert-summary", paramLabel = "FILE",
      description = "AMLSim alert_summary.csv: each alert's typology gets its schedule, e.g. cycle:2 (AMLSim's cycles "
          + "that are not in time order), to report and --exclude by.")
  Path alertSummary;

  @Option(names = "--benign-groups", paramLabel = "FILE",
      description = "Benign look-alike groups (generate --benign): how many of the top 100 cases are benign.")
  Path benign;

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
      if (alertSummary != null) {
        truth = LabelReader.withSchedules(truth, existing(alertSummary, "--alert-summary"));
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    GroundTruth benignGroups = new GroundTruth("none", List.of());
    if (benign != null) {
      try {
        benignGroups = LabelReader.read(existing(benign, "--benign-groups"));
      } catch (IllegalArgumentException e) {
        throw new InputException(e.getMessage());
      }
    }
    AnalysisResult result = Analysis.run(load, settings);
    Evaluation e = Evaluator.evaluate(result, truth, share);
    CaseScores c = CaseEvaluator.evaluate(result, truth, new TreeSet<>(exclude), benignGroups);
    if (json) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("cases", c.cases());
      tree.put("casePrecisionAt10", c.casePrecisionAt10());
      tree.put("casePrecisionAt30", c.casePrecisionAt30());
      tree.put("casePrecisionAt100", c.casePrecisionAt100());
      tree.put("patternsDelivered", c.patternsDelivered());
      tree.put("patternsLabelled", c.patternsLabelled());
      tree.put("largestCaseAccountShare", c.largestCaseAccountShare());
      tree.put("caseTypologies", c.typologies());
      if (c.benignInTop100() >= 0) {
        tree.put("benignInTop100", c.benignInTop100());
        tree.put("benignKindsInTop100", c.benignKindsInTop100());
      }
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
      out.println();
      out.printf(Locale.ROOT, "cases: %d; precision at 10 / 30 / 100: %s / %s / %s; largest case %.2f %% of accounts%n",
          c.cases(), f(c.casePrecisionAt10()), f(c.casePrecisionAt30()), f(c.casePrecisionAt100()),
          100 * c.largestCaseAccountShare());
      TextTable d = new TextTable("typology", "patterns", "delivered", "best ranks").rightAlign(1, 2);
      for (CaseScores.Delivery x : c.typologies()) {
        d.row(x.typology(), x.labelled(), x.delivered(), x.bestRank().stream().limit(12).map(String::valueOf)
            .reduce((a, b) -> a + " " + b).orElse("") + (x.bestRank().size() > 12 ? " ..." : ""));
      }
      d.row("all", c.patternsLabelled(), c.patternsDelivered(), "");
      d.print(out);
      out.println("delivered = a case in the top " + 2 * c.patternsLabelled() + " holds >= half of the pattern's "
          + "transactions and <= max(50, 4 x its accounts) accounts");
      if (c.benignInTop100() >= 0) {
        out.println("benign look-alikes in the top 100 cases: " + c.benignInTop100() + " " + c.benignKindsInTop100());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Path existing(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(option + ": file not found: " + file);
    }
    return file;
  }

  private static void row(TextTable t, TypologyScore s) {
    t.row(s.typology(), s.labelled(), s.found(), f(s.txPrecision()), f(s.txRecall()), f(s.accountPrecision()),
        f(s.accountRecall()));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
