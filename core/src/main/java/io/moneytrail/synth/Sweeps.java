package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Own-account sweeps: on payday or up to two days after, a saver moves 40-90 % of the salary
 * (rounded to 50) from the current to the savings account, and 5-20 days after payday moves
 * 20-70 % of that (rounded to 10) back. One person's two moves of one pay cycle are one
 * {@link BenignKind#OWN_ACCOUNT_SWEEP} group: money in, most of it out at once (a pass-through
 * look-alike).
 */
final class Sweeps {
  /** Rows of one pay cycle's sweeps. */
  static final int ROWS = 2;

  private final SplittableRandom random;
  private final int lastDay;
  private final GroupIds groups = new GroupIds(0);

  /** @param lastDay the period's last day: legs after it move to it, still after the earlier leg */
  Sweeps(SplittableRandom random, int lastDay) {
    this.random = random;
    this.lastDay = lastDay;
  }

  /**
   * @param salarySecond second of the day the salary arrived
   * @param salaryMinor the salary in minor units
   */
  void afterSalary(int day, int salarySecond, int current, int savings, long salaryMinor, DayRows rows,
      PendingRows pending) {
    long group = groups.next();
    int k = random.nextInt(10);
    int outDay = Math.min(lastDay, day + (k < 5 ? 0 : k < 8 ? 1 : 2));
    int outSecond = outDay == day
        ? Math.min(Draws.DAY - 1, salarySecond + Draws.HOUR + random.nextInt(12 * Draws.HOUR))
        : Draws.daytime(random);
    long out = Draws.roundTo(salaryMinor * (40 + random.nextInt(51)) / 100, 5_000);
    pending.add(rows, outDay, outSecond, current, savings, out,
        BenignTag.of(BenignKind.OWN_ACCOUNT_SWEEP, BenignRole.TO_SAVINGS, group));
    long back = Draws.roundTo(out * (20 + random.nextInt(51)) / 100, 1_000);
    int backDay = Math.min(lastDay, day + 5 + random.nextInt(16));
    int backSecond = Draws.daytime(random);
    if (backDay == outDay && backSecond <= outSecond) {
      backSecond = Draws.after(random, outSecond);
    }
    pending.add(rows, backDay, backSecond, savings, current, back,
        BenignTag.of(BenignKind.OWN_ACCOUNT_SWEEP, BenignRole.FROM_SAVINGS, group));
  }

  long groups() {
    return groups.count();
  }
}
