package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Transfers between persons. Family and friends: an active person pays a member of their fixed
 * circle of 2-4 (log-normal around 60). Acquaintances: any person pays a person chosen with a
 * heavy tail (log-normal around 40). Family round trips: A lends B a round amount (log-normal
 * around 250, to 10); B pays it back 2-28 days later (the same amount, rounded up, or with a little
 * on top), or in three of ten cases passes it on to C, a member of B's circle, within days, and C
 * pays A back (repaid by the period's last day). Each round trip is one {@link BenignKind#FAMILY_ROUND_TRIP} group.
 */
final class Circle {
  private final Population population;
  private final SplittableRandom random;
  private final int lastDay;
  private final GroupIds groups = new GroupIds(0);

  /** @param lastDay the period's last day: round trips end by it */
  Circle(Population population, SplittableRandom random, int lastDay) {
    this.population = population;
    this.random = random;
    this.lastDay = lastDay;
  }

  private int activeOrAny() {
    return population.active > 0 ? random.nextInt(population.active) : random.nextInt(population.persons);
  }

  void family(DayRows rows) {
    int p = activeOrAny();
    int q = population.circleMember(p, random.nextInt(population.circleSize(p)));
    rows.add(Draws.between(random, 8, 23), population.personAccount(p), population.personAccount(q),
        Draws.logNormal(random, 6_000, 1.0, 500, 500_000), BenignTag.NONE);
  }

  void acquaintance(DayRows rows) {
    int p = random.nextInt(population.persons);
    double u = random.nextDouble();
    int q = (int) (population.persons * u * u);
    if (q == p) {
      q = (p + 1) % population.persons;
    }
    rows.add(Draws.daytime(random), population.personAccount(p), population.personAccount(q),
        Draws.logNormal(random, 4_000, 1.0, 100, 300_000), BenignTag.NONE);
  }

  /**
   * Starts a round trip on {@code day}; its later legs go to {@code pending}.
   *
   * @param left rows the day may still create, at least 2
   * @return rows created: 3 when passed on through a third person, else 2; 0 (nothing drawn) when
   *     fewer than 2 days of the period are left, too few for a loan to be repaid
   */
  int roundTrip(int day, DayRows rows, PendingRows pending, long left) {
    int room = lastDay - day;
    if (room < 2) {
      return 0;
    }
    int a = activeOrAny();
    int b = population.circleMember(a, random.nextInt(population.circleSize(a)));
    int c = -1;
    if (left >= 3 && random.nextInt(10) < 3) {
      c = population.circleMember(b, random.nextInt(population.circleSize(b)));
      if (c == a) {
        c = -1;
      }
    }
    long group = groups.next();
    long loan = Draws.roundTo(Draws.logNormal(random, 25_000, 0.9, 2_000, 500_000), 1_000);
    int s0 = Draws.between(random, 8, 23);
    int back = Math.min(room, 2 + random.nextInt(27));
    rows.add(s0, population.personAccount(a), population.personAccount(b), loan,
        BenignTag.of(BenignKind.FAMILY_ROUND_TRIP, BenignRole.LOAN, group));
    long repaid = repayment(loan);
    int payer = b;
    if (c >= 0) {
      int passDay = random.nextInt(Math.min(back, 4));
      int s1 = passDay == 0 ? Math.min(Draws.DAY - 1, s0 + 600 + random.nextInt(4 * Draws.HOUR))
          : Draws.between(random, 8, 23);
      pending.add(rows, day + passDay, s1, population.personAccount(b), population.personAccount(c), loan,
          BenignTag.of(BenignKind.FAMILY_ROUND_TRIP, BenignRole.PASS_ON, group));
      payer = c;
    }
    pending.add(rows, day + back, Draws.between(random, 8, 23), population.personAccount(payer),
        population.personAccount(a), repaid, BenignTag.of(BenignKind.FAMILY_ROUND_TRIP, BenignRole.REPAYMENT, group));
    return c >= 0 ? 3 : 2;
  }

  private long repayment(long loan) {
    int k = random.nextInt(100);
    if (k < 60) {
      return loan;
    }
    if (k < 85) {
      return (loan / 5_000 + 1) * 5_000;
    }
    return loan * (101 + random.nextInt(5)) / 100;
  }

  long groups() {
    return groups.count();
  }
}
