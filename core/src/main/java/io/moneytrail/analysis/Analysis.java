package io.moneytrail.analysis;

import io.moneytrail.analysis.cases.CaseOptions;
import io.moneytrail.analysis.cases.Cases;
import io.moneytrail.analysis.cases.Triage;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.Relationships;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ingest.LoadResult;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job: every detector with its settings, then the findings grouped into ranked cases.
 *
 * <p><b>Focus</b>: the ledger's relationships are profiled ({@link Relationships}); unless
 * {@link CaseOptions#ignoreEstablished()} is off, the detectors look only at the transactions of
 * relationships that are not established (whose payments span at most
 * {@link CaseOptions#establishedAfter()}): salaries, rent and regular customers are left out, the
 * short-lived relationships laundering builds are kept.
 *
 * <p><b>Detectors</b> run in {@link Detector} order (temporal cycles, fan-out, fan-in,
 * scatter-gather, gather-scatter, pass-through (mule) accounts, structuring), each through
 * {@link Detector#run}. Their findings keep each detector's deterministic order and get ids
 * {@code cycles-N}, {@code fan-out-N}, ... ({@link AnalysisResult#id(Detector, int)}).
 *
 * <p><b>Cases</b>: every finding gets an explained risk and the riskiest grow into bounded cases
 * around their subjects, ranked by risk; see {@link Cases}.
 *
 * <pre>{@code
 * LoadResult load = LedgerReader.read(IngestOptions.defaults(), Path.of("transactions.csv"));
 * AnalysisResult result = Analysis.run(load, AnalysisSettings.defaults());
 * for (Case c : result.cases()) { ... }
 * }</pre>
 */
public final class Analysis {
  private static final Logger LOG = LoggerFactory.getLogger(Analysis.class);

  private Analysis() {}

  /**
   * Runs everything with the given settings.
   *
   * @param load the loaded transactions
   * @param settings detector options, role thresholds
   * @return findings and ranked cases
   */
  public static AnalysisResult run(LoadResult load, AnalysisSettings settings) {
    return run(load, settings, step -> { });
  }

  /**
   * Runs everything, reporting each step's name before it starts (for progress displays).
   *
   * @param load the loaded transactions
   * @param settings detector options, role thresholds
   * @param progress told each step's name: {@code index}, each detector's id, {@code cases}
   * @return findings and ranked cases
   */
  public static AnalysisResult run(LoadResult load, AnalysisSettings settings, Consumer<String> progress) {
    Map<String, Duration> timings = new LinkedHashMap<>();
    TemporalIndex index = timed("index", timings, progress, () -> FlowGraph.of(load.ledger()).index());
    Relationships relationships = timed("relationships", timings, progress, () -> Relationships.of(index));
    CaseOptions c = settings.cases();
    TemporalIndex focus = c.ignoreEstablished()
        ? index.restrictedTo(relationships.shortLived(c.establishedAfter().toMillis())) : index;
    Map<Detector, DetectorResult<? extends Finding>> results = new EnumMap<>(Detector.class);
    for (Detector d : Detector.values()) {
      results.put(d, timed(d.id(), timings, progress, () -> d.run(focus, settings)));
    }
    Triage triage = timed("cases", timings, progress, () -> Cases.build(index, relationships, results, settings));
    LOG.debug("analysis: {} of {} transactions examined, {} cases", focus.size(), index.size(), triage.cases().size());
    return new AnalysisResult(load, index, settings, results, triage, focus.size(), timings);
  }

  private static <T> T timed(String step, Map<String, Duration> timings, Consumer<String> progress, Supplier<T> work) {
    progress.accept(step);
    long t0 = System.nanoTime();
    T result = work.get();
    timings.put(step, Duration.ofNanos(System.nanoTime() - t0));
    return result;
  }
}
