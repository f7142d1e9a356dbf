/**
 * Scores an analysis against ground truth: {@link io.moneytrail.evaluate.LabelReader} reads labels
 * (moneytrail {@code labels.csv}, AMLSim alerts, or a label column kept at ingest), and
 * {@link io.moneytrail.evaluate.Evaluator} reports per typology how many labelled patterns the
 * detectors found and the transaction- and account-level precision and recall.
 */
package io.moneytrail.evaluate;
