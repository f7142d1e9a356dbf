package io.moneytrail.analysis.roles;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The role of one account in a flagged flow, with the rule that gave it and the figures it used.
 *
 * @param account account key
 * @param role the role
 * @param victimLike for a source: few, large payments into the flow
 * @param reasons the rules that fired, in words with their figures and thresholds
 * @param figures the figures
 */
public record AccountRole(String account, Role role, boolean victimLike, List<String> reasons, Figures figures) {

  /** Copies the reasons. */
  public AccountRole {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(figures, "figures");
    reasons = List.copyOf(reasons);
  }

  /**
   * What the rules looked at, in the account's main currency (the currency of most of its flagged
   * transactions; ties to the larger flagged volume, then the code). Amounts are minor units.
   *
   * @param currency the main currency
   * @param flaggedIn flagged transactions received
   * @param flaggedInAmount their total
   * @param flaggedPayers distinct accounts paying them
   * @param flaggedOut flagged transactions paid
   * @param flaggedOutAmount their total
   * @param flaggedPayees distinct accounts receiving them
   * @param totalOutAmount all the account's outgoing money in the currency, flagged or not
   * @param otherCurrencyTransactions flagged transactions in other currencies (not in the figures)
   * @param first time of its first flagged transaction
   * @param last time of its last flagged transaction
   */
  public record Figures(
      String currency,
      int flaggedIn,
      long flaggedInAmount,
      int flaggedPayers,
      int flaggedOut,
      long flaggedOutAmount,
      int flaggedPayees,
      long totalOutAmount,
      int otherCurrencyTransactions,
      Instant first,
      Instant last) {}
}
