/**
 * The seam between moneytrail's front ends: the option mixins and converters that the
 * {@code moneytrail} command line and the {@code moneytrail-spark} entry point share, so that an
 * option has one name, one help text and one meaning in both.
 *
 * <ul>
 *   <li>{@link io.moneytrail.cli.options.IngestOptionsMixin}: every ingest option ({@code --format},
 *       {@code --map}, {@code --zone}, ...).
 *   <li>{@link io.moneytrail.cli.options.SettingFlags}: a detector's settings as flags, built from
 *       its settings section in core ({@link io.moneytrail.analysis.Detector#section()}).
 *   <li>{@link io.moneytrail.cli.options.AnalysisSettingsMixin}: {@code --settings FILE} and
 *       {@code --set SECTION.KEY=VALUE}.
 *   <li>Converters for decimals, durations and instants, and
 *       {@link io.moneytrail.cli.options.InputException} (exit code 3).
 * </ul>
 *
 * The commands themselves are package-private in {@code io.moneytrail.cli} and
 * {@code io.moneytrail.spark}.
 */
package io.moneytrail.cli.options;
