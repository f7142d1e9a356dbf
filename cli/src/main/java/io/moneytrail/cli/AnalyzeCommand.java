package io.moneytrail.cli;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Money;
import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.cases.CaseAccount;
import io.moneytrail.cli.options.AnalysisSettingsMixin;
import io.moneytrail.report.CaseReport;
import io.moneytrail.report.ReportFolderException;
import io.moneytrail.report.ReportOptions;
import io.moneytrail.report.RunInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneytrail analyze}: from CSV to a case report folder investigators can open, share and re-verify. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Run every detector (round trips, fan-out, fan-in, scatter-gather, gather-scatter, mules, "
        + "structuring) on the relationships that are not established, score every finding's risk in explained "
        + "components, group findings into bounded cases ranked by risk, and write report.html, findings.json, "
        + "CSV files, GraphML/GEXF/DOT graphs and manifest.json into --out.",
        "Check a report folder later with 'moneytrail verify DIR'."})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  IngestMixin ingest;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the report into (created if needed).")
  Path out;

  @Mixin
  AnalysisSettingsMixin analysisSettings;

  @Option(names = "--force", description = "Replace an earlier report in --out, whole. Without it, analyze writes only "
      + "into a new or empty folder; a folder holding anything but a moneytrail report is never touched.")
  boolean force;

  @Option(names = "--top-cases", paramLabel = "N", description = "Cases shown in full in report.html (1 to 10000, default 10); all are in the JSON and CSV files.")
  Integer topCases;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisSettings settings = analysisSettings.settings();
    ReportOptions report = reportOptions();
    refuseUnwritableOut();
    long t0 = System.nanoTime();
    LoadResult load = ingest.load(err);
    Duration loadTime = Duration.ofNanos(System.nanoTime() - t0);
    Progress progress = Progress.forStderr(err, ingest.noProgress);
    AnalysisResult result;
    List<Path> written;
    try {
      result = Analysis.run(load, settings, step -> progress.step("analysing: " + step));
      progress.step("writing the report");
      RunInfo run = new RunInfo(version(), commandLine(), ingestOptions(ingest.options()), loadTime);
      written = CaseReport.write(result, run, report, out, force);
    } catch (ReportFolderException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + e.getMessage(), e);
    } finally {
      progress.done();
    }
    summary(result, written, stdout);
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Refuses before any work an --out that could not take the report (checked again when writing). */
  private void refuseUnwritableOut() throws IOException {
    try {
      CaseReport.checkFolder(out, force);
    } catch (ReportFolderException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + e.getMessage(), e);
    }
  }

  private ReportOptions reportOptions() {
    try {
      return topCases == null ? ReportOptions.defaults() : ReportOptions.defaults().withTopCases(topCases);
    } catch (OptionException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.message(k -> "--top-cases"), e);
    }
  }

  private List<String> commandLine() {
    List<String> cl = new ArrayList<>();
    cl.add("moneytrail");
    CommandLine.ParseResult pr = spec.commandLine().getParseResult();
    if (pr != null) {
      cl.addAll(pr.originalArgs()); // all arguments, the subcommand name included
    } else {
      cl.add("analyze");
    }
    return cl;
  }

  static Map<String, Object> ingestOptions(IngestOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (RecordComponent c : IngestOptions.class.getRecordComponents()) {
      try {
        Object v = c.getAccessor().invoke(o);
        if (v instanceof Optional<?> opt) {
          if (opt.isEmpty()) {
            continue;
          }
          v = opt.get();
        }
        m.put(c.getName(), v instanceof Number || v instanceof Boolean ? v : String.valueOf(v));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read ingest option " + c.getName(), e);
      }
    }
    return m;
  }

  static String version() throws IOException {
    Properties p = new Properties();
    try (InputStream in = AnalyzeCommand.class.getResourceAsStream("/moneytrail-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return p.getProperty("version", "unknown");
  }

  private void summary(AnalysisResult r, List<Path> written, PrintWriter o) {
    LoadResult load = r.load();
    o.printf(Locale.ROOT, "moneytrail analyze: %d file(s), %d rows read, %d loaded, %d rejected%s%n", load.files().size(),
        load.rowsRead(), load.rowsLoaded(), load.rowsRejected(), load.rowsRejected() > 0 ? " (see rejects.csv)" : "");
    List<String> counts = new ArrayList<>();
    for (Detector d : Detector.values()) {
      counts.add(d.id() + " " + r.findings(d).size());
    }
    o.println("findings: " + String.join(", ", counts) + (r.cyclesTruncated() ? " (cycle search hit its cap)" : ""));
    o.printf(Locale.ROOT, "cases: %d%n", r.cases().size());
    int shown = Math.min(10, r.cases().size());
    for (int i = 0; i < shown; i++) {
      Case c = r.cases().get(i);
      List<String> totals = c.totals().stream().map(Money::toHumanString).toList();
      List<String> top = new ArrayList<>();
      for (CaseAccount a : c.accounts()) {
        if (top.size() < 3 && a.score() > 0) {
          top.add(a.account() + " (" + a.role().role().name().toLowerCase(Locale.ROOT) + ")");
        }
      }
      o.printf(Locale.ROOT, "  #%-3d %-9s risk %3d  %-22s %3d accounts %4d tx  %s; about %s%n", c.rank(), c.id(),
          c.risk().total(), String.join(" + ", totals), c.accounts().size(), c.transactions().size(),
          String.join(", ", c.typologies().stream().map(Detector::id).toList()), String.join(", ", top));
    }
    if (r.cases().size() > shown) {
      o.printf(Locale.ROOT, "  ... %d more in findings.json and cases.csv%n", r.cases().size() - shown);
    }
    o.printf(Locale.ROOT, "wrote %d files to %s%n", written.size(), out);
    o.println("report: " + out.resolve(CaseReport.REPORT));
  }
}
