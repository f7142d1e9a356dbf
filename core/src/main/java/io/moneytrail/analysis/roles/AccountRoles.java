package io.moneytrail.analysis.roles;

import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assigns roles to the accounts of a flagged flow: the transactions a trace followed or a detector
 * flagged. Each account touching a flagged transaction gets exactly one role, by the first rule
 * that fires:
 *
 * <ol>
 *   <li>{@link Role#SOURCE}: it pays flagged transactions and receives none (victim-like when it
 *       makes at most {@link RoleOptions#victimMaxPayments()} of them carrying at least
 *       {@link RoleOptions#victimMinShare()} of all its outgoing money);
 *   <li>{@link Role#EXIT}: it receives flagged transactions and pays none, or passes on less than
 *       {@link RoleOptions#exitMaxPassRatio()} of the amount it received;
 *   <li>{@link Role#COLLECTOR}: at least {@link RoleOptions#hubMinCounterparties()} distinct payers
 *       and at least {@link RoleOptions#hubDominance()} times as many payers as payees;
 *   <li>{@link Role#DISTRIBUTOR}: the same with payees and payers swapped;
 *   <li>{@link Role#MULE}: otherwise (it passes on at least the exit ratio).
 * </ol>
 *
 * Figures use full transaction amounts of the flagged rows in the account's main currency.
 * Self-transfers and amounts &lt;= 0 are ignored. Deterministic: sorted by account key.
 */
public final class AccountRoles {
  private AccountRoles() {}

  /**
   * @param index the ledger's temporal index
   * @param flaggedRows ledger rows of the flagged flow (duplicates are ignored)
   * @param options thresholds
   * @return one role per account touching a flagged row, sorted by account key
   * @throws IndexOutOfBoundsException if a row is not in the ledger
   */
  public static List<AccountRole> assign(TemporalIndex index, int[] flaggedRows, RoleOptions options) {
    Ledger ledger = index.ledger();
    BitSet rows = new BitSet(index.ledger().size());
    for (int r : flaggedRows) {
      if (r < 0 || r >= index.ledger().size()) {
        throw new IndexOutOfBoundsException("row " + r + " is not in the ledger");
      }
      if (index.amount(r) > 0 && index.from(r) != index.to(r)) {
        rows.set(r);
      }
    }
    Map<Integer, List<Integer>> byAccount = new TreeMap<>();
    for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
      byAccount.computeIfAbsent(index.from(r), k -> new ArrayList<>()).add(r);
      byAccount.computeIfAbsent(index.to(r), k -> new ArrayList<>()).add(r);
    }
    List<AccountRole> out = new ArrayList<>(byAccount.size());
    for (var e : byAccount.entrySet()) {
      out.add(classify(index, ledger, e.getKey(), e.getValue(), options));
    }
    out.sort(Comparator.comparing(AccountRole::account));
    return out;
  }

  private static AccountRole classify(TemporalIndex ix, Ledger ledger, int account, List<Integer> rows,
      RoleOptions o) {
    int currency = mainCurrency(ix, rows);
    int in = 0;
    int outCount = 0;
    long inAmount = 0;
    long outAmount = 0;
    Set<Integer> payers = new HashSet<>();
    Set<Integer> payees = new HashSet<>();
    int other = 0;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int r : rows) {
      first = Math.min(first, ix.time(r));
      last = Math.max(last, ix.time(r));
      if (ix.currency(r) != currency) {
        other++;
        continue;
      }
      if (ix.to(r) == account) {
        in++;
        inAmount = Math.addExact(inAmount, ix.amount(r));
        payers.add(ix.from(r));
      } else {
        outCount++;
        outAmount = Math.addExact(outAmount, ix.amount(r));
        payees.add(ix.to(r));
      }
    }
    long totalOut = 0;
    for (int p = ix.outBegin(account); p < ix.outEnd(account); p++) {
      int r = ix.outAt(p);
      if (ix.currency(r) == currency && ix.amount(r) > 0 && ix.to(r) != account) {
        totalOut = Math.addExact(totalOut, ix.amount(r));
      }
    }
    String code = ledger.currencies().get(currency);
    int scale = ledger.scale();
    AccountRole.Figures figures = new AccountRole.Figures(code, in, inAmount, payers.size(), outCount, outAmount,
        payees.size(), totalOut, other, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last));
    String name = ledger.accounts().name(account);
    List<String> reasons = new ArrayList<>();
    String inText = in + " flagged payment(s) in, " + Money.format(inAmount, scale) + " " + code + " from "
        + payers.size() + " account(s)";
    String outText = outCount + " flagged payment(s) out, " + Money.format(outAmount, scale) + " " + code + " to "
        + payees.size() + " account(s)";
    if (in == 0) {
      reasons.add("source: " + outText + " and none in");
      boolean victim = outCount <= o.victimMaxPayments()
          && atLeast(outAmount, totalOut, o.victimMinShare());
      if (victim) {
        reasons.add("victim-like: at most " + o.victimMaxPayments() + " flagged payments, carrying "
            + ratio(outAmount, totalOut) + " of its outgoing " + Money.format(totalOut, scale) + " " + code
            + " (>= " + o.victimMinShare().toPlainString() + ")");
      }
      return new AccountRole(name, Role.SOURCE, victim, reasons, figures);
    }
    if (outCount == 0) {
      reasons.add("exit: " + inText + " and none passed on within the flagged flow (rests or leaves the data)");
      return new AccountRole(name, Role.EXIT, false, reasons, figures);
    }
    String pass = "passes on " + ratio(outAmount, inAmount) + " of what it received (" + inText + "; " + outText + ")";
    if (!atLeast(outAmount, inAmount, o.exitMaxPassRatio())) {
      reasons.add("exit: " + pass + ", below " + o.exitMaxPassRatio().toPlainString());
      return new AccountRole(name, Role.EXIT, false, reasons, figures);
    }
    if (payers.size() >= o.hubMinCounterparties() && payers.size() >= (long) o.hubDominance() * payees.size()) {
      reasons.add("collector: " + payers.size() + " distinct payers (>= " + o.hubMinCounterparties() + ") against "
          + payees.size() + " payee(s) (ratio >= " + o.hubDominance() + "); " + pass);
      return new AccountRole(name, Role.COLLECTOR, false, reasons, figures);
    }
    if (payees.size() >= o.hubMinCounterparties() && payees.size() >= (long) o.hubDominance() * payers.size()) {
      reasons.add("distributor: " + payees.size() + " distinct payees (>= " + o.hubMinCounterparties() + ") against "
          + payers.size() + " payer(s) (ratio >= " + o.hubDominance() + "); " + pass);
      return new AccountRole(name, Role.DISTRIBUTOR, false, reasons, figures);
    }
    reasons.add("mule: " + pass + ", at least " + o.exitMaxPassRatio().toPlainString());
    return new AccountRole(name, Role.MULE, false, reasons, figures);
  }

  /** @return numerator / denominator &gt;= threshold, exactly (false when the denominator is 0) */
  static boolean atLeast(long numerator, long denominator, BigDecimal threshold) {
    if (denominator <= 0) {
      return false;
    }
    return BigDecimal.valueOf(numerator).compareTo(threshold.multiply(BigDecimal.valueOf(denominator))) >= 0;
  }

  private static String ratio(long numerator, long denominator) {
    if (denominator == 0) {
      return "n/a";
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }

  private static int mainCurrency(TemporalIndex ix, List<Integer> rows) {
    Map<Integer, long[]> stats = new HashMap<>();
    for (int r : rows) {
      long[] s = stats.computeIfAbsent(ix.currency(r), k -> new long[2]);
      s[0]++;
      s[1] += ix.amount(r);
    }
    List<String> codes = ix.ledger().currencies();
    return stats.entrySet().stream()
        .min(Comparator.<Map.Entry<Integer, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparingLong(e -> -e.getValue()[1])
            .thenComparing(e -> codes.get(e.getKey())))
        .orElseThrow().getKey();
  }
}
