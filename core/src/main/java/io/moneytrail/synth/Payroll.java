package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Salaries: each employer pays each of its employees their fixed salary once a month, on the
 * employer's pay day (1-28), in a run starting at the employer's hour with up to two hours of
 * jitter per payment. Savers then sweep part of it to savings ({@link Sweeps}). One employer's run
 * of one month is one {@link BenignKind#PAYROLL} group.
 */
final class Payroll {
  private static final int JITTER_SECONDS = 2 * Draws.HOUR;

  private final Population population;
  private final Employment employment;
  private final Calendar calendar;
  private final Sweeps sweeps;
  private final SplittableRandom random;
  private final GroupIds groups;
  /** Employers paying on each day of month (CSR over days 1-31). */
  private final int[] employerStart = new int[33];
  private final int[] employerByDay;
  private final long[] rowsByDay = new long[32];

  Payroll(Population population, Calendar calendar, Sweeps sweeps, SplittableRandom random) {
    this.population = population;
    this.employment = population.employment;
    this.calendar = calendar;
    this.sweeps = sweeps;
    this.random = random;
    int employers = employment.employers();
    groups = new GroupIds(employers);
    for (int e = 0; e < employers; e++) {
      employerStart[employment.payDay[e] + 1]++;
    }
    for (int d = 0; d < 32; d++) {
      employerStart[d + 1] += employerStart[d];
    }
    employerByDay = new int[employers];
    int[] fill = employerStart.clone();
    for (int e = 0; e < employers; e++) {
      int d = employment.payDay[e];
      employerByDay[fill[d]++] = e;
      for (int i = employment.employeeStart[e]; i < employment.employeeStart[e + 1]; i++) {
        rowsByDay[d] += 1 + (population.savings[employment.employee[i]] >= 0 ? Sweeps.ROWS : 0);
      }
    }
  }

  /** @return rows created on a day with this day of month (salaries and their savers' sweeps) */
  long rowsOn(int dayOfMonth) {
    return rowsByDay[dayOfMonth];
  }

  void day(int day, DayRows rows, PendingRows pending) {
    int dom = calendar.dayOfMonth(day);
    int month = calendar.month(day);
    for (int k = employerStart[dom]; k < employerStart[dom + 1]; k++) {
      int e = employerByDay[k];
      if (employment.employeeStart[e] == employment.employeeStart[e + 1]) {
        continue;
      }
      long tag = BenignTag.of(BenignKind.PAYROLL, BenignRole.SALARY, groups.of(e, month));
      for (int i = employment.employeeStart[e]; i < employment.employeeStart[e + 1]; i++) {
        int a = employment.employee[i];
        int second = employment.paySecond[e] + random.nextInt(JITTER_SECONDS);
        rows.add(second, e, population.personAccount(a), population.salary[a], tag);
        if (population.savings[a] >= 0) {
          sweeps.afterSalary(day, second, population.personAccount(a), population.savings[a], population.salary[a],
              rows, pending);
        }
      }
    }
  }

  /** @return groups numbered so far */
  long groups() {
    return groups.count();
  }

  /** @return an upper bound of the groups: every employer in every month */
  long maxGroups() {
    return (long) employment.employers() * calendar.months();
  }
}
