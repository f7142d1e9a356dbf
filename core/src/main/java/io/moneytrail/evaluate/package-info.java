/**
 * Scores the detectors against ground truth: {@link io.moneytrail.evaluate.LabelReader} reads
 * labels (moneytrail {@code labels.csv}, AMLSim alerts, or a label column kept at ingest),
 * {@link io.moneytrail.evaluate.Evaluator} runs the detectors and reports per typology how many
 * patterns were found and the transaction- and account-level precision and recall.
 */
package io.moneytrail.evaluate;
