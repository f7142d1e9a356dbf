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

  private final Population population;
  private final Calendar calendar;
  private final SplittableRandom random;
  private final GroupIds groups;
  private final long[] rowsByDay = new long[32];

  Bills(Population population, Calendar calendar, SplittableRandom random) {
    this.population = population;
    this.calendar = calendar;
    this.random = random;
    int utilities = population.census.utilities();
    groups = new GroupIds(utilities);
    for (int u = 0; u < utilities; u++) {
      rowsByDay[population.billDay[u]] += population.payerStart[u + 1] - population.payerStart[u];
    }
  }

  /** @return rows created on a day with this day of month */
  long rowsOn(int dayOfMonth) {
    return rowsByDay[dayOfMonth];
  }

  void day(int day, DayRows rows) {
    int dom = calendar.dayOfMonth(day);
    int month = calendar.month(day);
    for (int u = 0; u < population.billDay.length; u++) {
      if (population.billDay[u] != dom || population.payerStart[u] == population.payerStart[u + 1]) {
        continue;
      }
      long tag = BenignTag.of(BenignKind.UTILITY, BenignRole.BILL, groups.of(u, month));
      int account = population.utilityBase + u;
      for (int i = population.payerStart[u]; i < population.payerStart[u + 1]; i++) {
        long base = population.billBase[i];
        long bill = base - base / 10 + random.nextLong(base / 5 + 1);
        rows.add(population.billSecond[u] + random.nextInt(JITTER_SECONDS), population.payer[i], account, bill, tag);
      }
    }
  }

  long groups() {
    return groups.count();
  }

  /** @return an upper bound of the groups: every utility in every month */
  long maxGroups() {
    return (long) population.census.utilities() * calendar.months();
  }
}
