package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.roles.AccountRole;
import java.util.List;
import java.util.Objects;

/**
 * One account of a case: its role in the case's flagged flow and a score with the reasons for it.
 *
 * @param account the account key
 * @param role the role the account plays in the case's flagged transactions, with the role rule's
 *     reasons and figures
 * @param score how strongly the account is implicated, 0 to 100 (see {@link Cases} for the
 *     points); higher first
 * @param reasons one line per point-earning fact, in the order the points were added
 * @param findings ids of the findings whose subjects include this account, in finding order
 */
public record CaseAccount(String account, AccountRole role, int score, List<String> reasons, List<String> findings) {

  /** Copies the lists. */
  public CaseAccount {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(role, "role");
    reasons = List.copyOf(reasons);
    findings = List.copyOf(findings);
  }
}
