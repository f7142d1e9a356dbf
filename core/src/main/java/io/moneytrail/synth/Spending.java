package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Purchases. Groceries: an active person pays one of their 2-3 regular supermarkets (the head of
 * the merchant list, chosen with a heavy tail), 08:00-21:00, log-normal around 45. Card-like
 * payments (coffee, transport, shops): mostly active persons, some occasional ones, pay a merchant
 * chosen with a heavy tail ({@code merchants * u^3}: a few marketplaces and supermarkets get a
 * large share), log-normal around 9. Each marketplace has a peak day about every
 * {@value #PEAK_EVERY_DAYS} days on which it gets about {@value #PEAK_EXTRA} times its ordinary
 * card payments on top; all its incoming payments of that day are one {@link BenignKind#MERCHANT}
 * group.
 */
final class Spending {
  /** A marketplace's peak days come about this often. */
  static final int PEAK_EVERY_DAYS = 45;
  /** Extra card payments on a peak day, as a multiple of the marketplace's ordinary share. */
  static final int PEAK_EXTRA = 3;
  /** Largest share of card payments that go to one peaking marketplace on top of its ordinary share. */
  private static final double MAX_REDIRECT = 0.3;

  private final Population population;
  private final SplittableRandom random;
  private final int merchants;
  private final int marketplaces;
  private final double[] redirect;
  private final boolean[] peak;
  private final long peakSalt;
  private final GroupIds groups;
  private double redirectToday;
  private int day;

  Spending(Population population, SplittableRandom random, long peakSalt) {
    this.population = population;
    this.random = random;
    this.peakSalt = peakSalt;
    merchants = population.census.merchants();
    marketplaces = population.census.marketplaces();
    redirect = new double[marketplaces];
    peak = new boolean[marketplaces];
    for (int m = 0; m < marketplaces; m++) {
      double ordinary = Math.cbrt((m + 1.0) / merchants) - Math.cbrt((double) m / merchants);
      redirect[m] = Math.min(MAX_REDIRECT, PEAK_EXTRA * ordinary);
    }
    groups = new GroupIds(marketplaces);
  }

  /** @return whether marketplace {@code m} has a peak on {@code day} (a pure function of the seed) */
  boolean isPeak(int m, int d) {
    return Draws.unit(peakSalt, m, d) * PEAK_EVERY_DAYS < 1;
  }

  void startDay(int d) {
    day = d;
    redirectToday = 0;
    for (int m = 0; m < marketplaces; m++) {
      peak[m] = isPeak(m, d);
      if (peak[m]) {
        redirectToday += redirect[m];
      }
    }
  }

  void grocery(DayRows rows) {
    int p = population.active > 0 ? random.nextInt(population.active) : random.nextInt(population.persons);
    int m = population.supermarket(p, random.nextInt(3));
    add(rows, Draws.between(random, 8, 21), population.personAccount(p), m,
        Draws.logNormal(random, 4_500, 0.55, 300, 40_000));
  }

  void card(DayRows rows) {
    int p = population.active > 0 && random.nextInt(10) < 7 ? random.nextInt(population.active)
        : random.nextInt(population.persons);
    int m = -1;
    if (redirectToday > 0) {
      double u = random.nextDouble();
      for (int k = 0; k < marketplaces && m < 0; k++) {
        if (peak[k]) {
          u -= redirect[k];
          if (u < 0) {
            m = k;
          }
        }
      }
    }
    if (m < 0) {
      double u = random.nextDouble();
      m = Math.min(merchants - 1, (int) (merchants * u * u * u));
    }
    add(rows, Draws.daytime(random), population.personAccount(p), m, Draws.logNormal(random, 900, 0.9, 100, 80_000));
  }

  private void add(DayRows rows, int second, int payer, int m, long amount) {
    long tag = m < marketplaces && peak[m] ? BenignTag.of(BenignKind.MERCHANT, BenignRole.PURCHASE, groups.of(m, day))
        : BenignTag.NONE;
    rows.add(second, payer, population.merchantBase + m, amount, tag);
  }

  long groups() {
    return groups.count();
  }

  /** @return an upper bound of the groups: every marketplace on every day */
  long maxGroups(int days) {
    return (long) marketplaces * days;
  }
}
