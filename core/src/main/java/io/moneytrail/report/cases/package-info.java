/**
 * The whole analysis and the case report: {@link io.moneytrail.report.cases.Analysis} runs every
 * detector with {@link io.moneytrail.report.cases.AnalysisSettings}, groups the findings into ranked
 * {@link io.moneytrail.report.cases.Case}s with account roles and scores, and
 * {@link io.moneytrail.report.cases.CaseReport} writes the report folder ({@code report.html},
 * {@code findings.json}, CSV files, GraphML/GEXF/DOT, {@code manifest.json}) that
 * {@link io.moneytrail.report.cases.ManifestCheck} verifies later.
 */
package io.moneytrail.report.cases;
