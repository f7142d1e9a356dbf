package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.roles.AccountRole;
import java.util.List;
import java.util.Objects;

/**
 * One account of a case: its role in the case's flagged flow and how strongly the case's findings
 * implicate it.
 *
 * @param account the account key
 * @param role the role the account plays in the case's flagged transactions, with the role rule's
 *     reasons and figures
 * @param score the risk of the riskiest finding of the case about this account (0 to 100), 0 when
 *     it is only a counterparty; higher first
 * @param reasons one line per finding about the account, with its risk
 * @param findings ids of the case's findings whose subjects include this account, in finding order
 * @param external whether the account is a hub or declared benign: it appears in the case as a
 *     counterparty but never joins findings into it
 */
public record CaseAccount(String account, AccountRole role, int score, List<String> reasons, List<String> findings,
    boolean external) {

  /** Copies the lists. */
  public CaseAccount {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(role, "role");
    reasons = List.copyOf(reasons);
    findings = List.copyOf(findings);
  }
}
