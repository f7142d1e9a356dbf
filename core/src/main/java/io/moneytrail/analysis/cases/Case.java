package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.Detector;
import io.moneytrail.ledger.Money;
import io.moneytrail.ledger.RowList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A case: a group of findings an investigator works as one (see {@link Cases} for how findings are
 * grouped and ranked).
 *
 * @param id {@code case-N}, N its 1-based rank
 * @param rank 1-based position in the ranking
 * @param typologies the distinct detectors whose findings are in the case, in {@link Detector} order
 * @param findings the ids of the case's findings, in analysis order (by detector, then each
 *     detector's order)
 * @param transactions ids of the case's distinct flagged transactions, by time then ledger row
 * @param rows the ledger rows of those transactions, same order
 * @param accounts the accounts touching those transactions, by score (highest first) then key
 * @param totals the sum of the distinct flagged transactions per currency (minor units at the
 *     ledger's scale), by currency code
 * @param start time of the earliest flagged transaction
 * @param end time of the latest flagged transaction
 */
public record Case(String id, int rank, List<Detector> typologies, List<String> findings, List<String> transactions,
    RowList rows, List<CaseAccount> accounts, List<Money> totals, Instant start, Instant end) {

  /** Copies the lists. */
  public Case {
    Objects.requireNonNull(id, "id");
    typologies = List.copyOf(typologies);
    findings = List.copyOf(findings);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(rows, "rows");
    accounts = List.copyOf(accounts);
    totals = List.copyOf(totals);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** @return the largest per-currency total in minor units */
  public long largestTotal() {
    return totals.stream().mapToLong(Money::minorUnits).max().orElse(0);
  }
}
