package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.Detector;
import io.moneytrail.ledger.Money;
import io.moneytrail.ledger.RowList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A case: findings an investigator works as one, grouped around what they are about (see
 * {@link Cases}) and ranked by risk.
 *
 * @param id {@code case-N}, N its 1-based rank
 * @param rank 1-based position in the ranking (by risk)
 * @param risk the case's risk: its riskiest finding's, plus the case components, with every
 *     component explained
 * @param typologies the distinct detectors whose findings are in the case, in {@link Detector} order
 * @param findings the ids of the case's findings in the order they joined (the first is the seed the
 *     case grew from, its riskiest)
 * @param transactions ids of the case's distinct flagged transactions, by time then ledger row
 * @param rows the ledger rows of those transactions, same order
 * @param accounts the accounts touching those transactions, by score (highest first) then key
 * @param totals the sum of the distinct flagged transactions per currency (minor units at the
 *     ledger's scale), by currency code
 * @param start time of the earliest flagged transaction
 * @param end time of the latest flagged transaction
 * @param statement what happened, in words: who paid whom, how much, over which days, where it ended
 * @param victims the likely victims (victim-like sources): what each paid into the flow and to whom
 * @param exits where the money left the flagged flow: what each exit received
 */
public record Case(String id, int rank, RiskScore risk, List<Detector> typologies, List<String> findings,
    List<String> transactions, RowList rows, List<CaseAccount> accounts, List<Money> totals, Instant start, Instant end,
    String statement, List<Flow> victims, List<Flow> exits) {

  /** Copies the lists. */
  public Case {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(risk, "risk");
    typologies = List.copyOf(typologies);
    findings = List.copyOf(findings);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(rows, "rows");
    accounts = List.copyOf(accounts);
    totals = List.copyOf(totals);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(statement, "statement");
    victims = List.copyOf(victims);
    exits = List.copyOf(exits);
  }

  /** @return the largest per-currency total in minor units */
  public long largestTotal() {
    return totals.stream().mapToLong(Money::minorUnits).max().orElse(0);
  }

  /**
   * Money of one account into or out of the case's flagged flow.
   *
   * @param account the account
   * @param amount the sum, in the account's main currency of the flow
   * @param payments how many flagged payments
   * @param counterparties to whom it paid (a victim) or from whom it received (an exit), sorted
   * @param first the first of those payments
   * @param last the last of those payments
   */
  public record Flow(String account, Money amount, int payments, List<String> counterparties, Instant first,
      Instant last) {
    /** Copies the list. */
    public Flow {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(amount, "amount");
      counterparties = List.copyOf(counterparties);
    }
  }
}
