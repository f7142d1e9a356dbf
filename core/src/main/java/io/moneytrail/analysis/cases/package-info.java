/**
 * Findings grouped into the cases an investigator works: {@link io.moneytrail.analysis.cases.Cases}
 * groups the findings of an analysis into ranked {@link io.moneytrail.analysis.cases.Case}s and
 * gives their accounts roles and scores ({@link io.moneytrail.analysis.cases.CaseAccount}).
 */
package io.moneytrail.analysis.cases;
