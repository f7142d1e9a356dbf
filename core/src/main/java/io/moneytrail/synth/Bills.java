package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Utility bills: each utility collects by direct debit once a month on its own day (1-28), in a run
 * starting at its hour (01:00-06:00) with up to three hours of jitter; each payer's bill is their
 * fixed base amount varied by up to 10 % either way. One utility's collection of one month is one
 * {@link BenignKind#UTILITY} group.
 */
final class Bills {
  private static final int JITTER_SECONDS = 3 * Draws.HOUR;

  private final DirectDebits debits;
  private final int utilityBase;
  private final Calendar calendar;
  private final SplittableRandom random;
  private final GroupIds groups;
  private final long[] rowsByDay = new long[32];

  Bills(Population population, Calendar calendar, SplittableRandom random) {
    this.debits = population.debits;
    this.utilityBase = population.utilityBase;
    this.calendar = calendar;
    this.random = random;
    int utilities = debits.utilities();
    groups = new GroupIds(utilities);
    for (int u = 0; u < utilities; u++) {
      rowsByDay[debits.billDay[u]] += debits.payerStart[u + 1] - debits.payerStart[u];
    }
  }

  /** @return rows created on a day with this day of month */
  long rowsOn(int dayOfMonth) {
    return rowsByDay[dayOfMonth];
  }

  void day(int day, DayRows rows) {
    int dom = calendar.dayOfMonth(day);
    int month = calendar.month(day);
    for (int u = 0; u < debits.billDay.length; u++) {
      if (debits.billDay[u] != dom || debits.payerStart[u] == debits.payerStart[u + 1]) {
        continue;
      }
      long tag = BenignTag.of(BenignKind.UTILITY, BenignRole.BILL, groups.of(u, month));
      int account = utilityBase + u;
      for (int i = debits.payerStart[u]; i < debits.payerStart[u + 1]; i++) {
        long base = debits.billBase[i];
        long bill = base - base / 10 + random.nextLong(base / 5 + 1);
        rows.add(debits.billSecond[u] + random.nextInt(JITTER_SECONDS), debits.payer[i], account, bill, tag);
      }
    }
  }

  long groups() {
    return groups.count();
  }

  /** @return an upper bound of the groups: every utility in every month */
  long maxGroups() {
    return (long) debits.utilities() * calendar.months();
  }
}
