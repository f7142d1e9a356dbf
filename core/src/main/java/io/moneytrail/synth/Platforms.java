package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Crypto exchanges and payment processors, each with a fixed base of users (12 % and 25 % of the
 * persons, shared between the platforms with a heavy tail). A user of an exchange tops up
 * (person to exchange, 58 %, log-normal around 150) or is paid out (around 250), at any hour; a
 * user of a processor pays (65 %, around 30) or is paid out (around 90), in waking hours. One
 * platform's transactions of one day are one {@link BenignKind#EXCHANGE} or
 * {@link BenignKind#PROCESSOR} group.
 */
final class Platforms {
  private final Population population;
  private final SplittableRandom random;
  private final int exchanges;
  private final GroupIds exchangeGroups;
  private final GroupIds processorGroups;

  Platforms(Population population, SplittableRandom random) {
    this.population = population;
    this.random = random;
    exchanges = population.census.exchanges();
    exchangeGroups = new GroupIds(exchanges);
    processorGroups = new GroupIds(population.census.processors());
  }

  /** @return whether there is any platform user (else no platform row can be made) */
  boolean hasUsers() {
    return population.platforms.user.length > 0;
  }

  void transfer(int day, DayRows rows) {
    int slot = random.nextInt(population.platforms.user.length);
    int person = population.personAccount(population.platforms.user[slot]);
    int x = population.platforms.platformOf[slot];
    if (x < exchanges) {
      int account = population.exchangeBase + x;
      long group = exchangeGroups.of(x, day);
      if (random.nextInt(100) < 58) {
        rows.add(random.nextInt(Draws.DAY), person, account, Draws.logNormal(random, 15_000, 1.2, 1_000, 2_000_000),
            BenignTag.of(BenignKind.EXCHANGE, BenignRole.TOP_UP, group));
      } else {
        rows.add(random.nextInt(Draws.DAY), account, person, Draws.logNormal(random, 25_000, 1.2, 1_000, 5_000_000),
            BenignTag.of(BenignKind.EXCHANGE, BenignRole.PAYOUT, group));
      }
    } else {
      int p = x - exchanges;
      int account = population.processorBase + p;
      long group = processorGroups.of(p, day);
      if (random.nextInt(100) < 65) {
        rows.add(Draws.daytime(random), person, account, Draws.logNormal(random, 3_000, 1.0, 100, 500_000),
            BenignTag.of(BenignKind.PROCESSOR, BenignRole.PAYMENT, group));
      } else {
        rows.add(Draws.daytime(random), account, person, Draws.logNormal(random, 9_000, 1.0, 100, 1_000_000),
            BenignTag.of(BenignKind.PROCESSOR, BenignRole.PAYOUT, group));
      }
    }
  }

  long exchangeGroups() {
    return exchangeGroups.count();
  }

  long processorGroups() {
    return processorGroups.count();
  }

  /** @return upper bounds of the exchange and processor groups: every platform on every day */
  long maxExchangeGroups(int days) {
    return (long) exchanges * days;
  }

  long maxProcessorGroups(int days) {
    return (long) population.census.processors() * days;
  }
}
