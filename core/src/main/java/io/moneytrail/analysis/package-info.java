/**
 * The main job and the contract every detector follows.
 *
 * <p>{@link io.moneytrail.analysis.Analysis#run} runs every {@link io.moneytrail.analysis.Detector}
 * with one {@link io.moneytrail.analysis.AnalysisSettings} and groups the findings into ranked
 * cases ({@link io.moneytrail.analysis.cases}); the result is an
 * {@link io.moneytrail.analysis.AnalysisResult}.
 *
 * <ul>
 *   <li>{@link io.moneytrail.analysis.Detector}: the one vocabulary of detectors (one name each for
 *       commands, settings sections, files, finding kinds and labels) and the one place that runs a
 *       detector with its settings.
 *   <li>{@link io.moneytrail.analysis.Finding}: what every finding carries as evidence (subjects,
 *       ledger rows, transaction ids, time span, totals, rule, JSON tree, flat row);
 *       {@link io.moneytrail.analysis.DetectorResult}: one detector's findings.
 *   <li>Settings: each options record declares its {@link io.moneytrail.analysis.Setting}s once; a
 *       {@link io.moneytrail.analysis.Section} per detector (and for the role rules) reads and writes
 *       them for settings documents, {@code --set} and every command-line flag. Durations have one
 *       grammar and one human form ({@link io.moneytrail.analysis.Durations}). A bad value is an
 *       {@link io.moneytrail.analysis.OptionException} naming the option.
 *   <li>Shared rules: {@link io.moneytrail.analysis.AmountFloor} (a minimum amount in minor units),
 *       {@link io.moneytrail.analysis.Checks} (option validation),
 *       {@link io.moneytrail.analysis.Trees} (the common parts of finding trees and rows).
 * </ul>
 *
 * <p>The detectors live in sub-packages ({@code cycles}, {@code patterns}, with {@code trace} and
 * {@code roles} beside them), each depending only on this package's contract types, the graph and
 * the ledger.
 */
package io.moneytrail.analysis;
