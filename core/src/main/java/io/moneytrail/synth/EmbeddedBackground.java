package io.moneytrail.synth;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The embedded mode's background, one day at a time: scheduled monthly flows ({@link Payroll} with
 * {@link Sweeps}, {@link Housing}, {@link Bills}), then the day's share of the discretionary rows
 * ({@link Spending}, {@link Circle}, {@link Platforms}), plus the legs of earlier days' episodes
 * that fall on it ({@link PendingRows}).
 *
 * <p><b>Exact row count.</b> Scheduled rows depend only on the population and the calendar, so
 * their total is known before the first day; the rest of the budget is spread evenly over the days
 * as discretionary rows. An episode counts all its legs on the day it starts.
 */
final class EmbeddedBackground implements Background {
  /** Share of the background budget the active persons' core flows should take (sets how many are active). */
  static final double CORE_SHARE = 0.55;
  /** Largest share of the discretionary rows that are groceries (else one a week per active person). */
  static final double MAX_GROCERY_SHARE = 0.5;
  /** Weights (per hundred) of the other discretionary rows: card, family, acquaintance, round trip, platform. */
  static final int CARD = 54;
  static final int FAMILY = 15;
  static final int ACQUAINTANCE = 8;
  static final int ROUND_TRIP = 3;
  static final int PLATFORM = 20;
  private static final double DAYS_PER_MONTH = 365.25 / 12;
  /** Core rows an active person causes in a month: salary, sweeps, bills, rent or share, weekly groceries. */
  static final double CORE_ROWS_PER_ACTIVE_MONTH = 1 + Sweeps.ROWS * Census.SAVERS_PER_TEN / 10.0
      + Population.UTILITIES_PER_PERSON + (100 - Tenancies.OWNERS) / 100.0 + DAYS_PER_MONTH / 7;
  private static final int SCALE = 1 << 20;

  private final SplittableRandom random;
  private final Population population;
  private final Calendar calendar;
  private final Payroll payroll;
  private final Sweeps sweeps;
  private final Housing housing;
  private final Bills bills;
  private final Spending spending;
  private final Circle circle;
  private final Platforms platforms;
  private final PendingRows pending;
  private final DayRows rows = new DayRows();
  private final long scheduled;
  private final long discretionary;
  private final int groceryBelow;
  private final int cardBelow;
  private final int familyBelow;
  private final int acquaintanceBelow;
  private final int roundTripBelow;

  /**
   * @param budget background rows to write (the requested rows less the planted ones)
   * @param plantedRows the planted rows, for the error message
   * @throws IllegalArgumentException when the scheduled rows alone exceed the budget
   */
  EmbeddedBackground(Population population, Calendar calendar, SplittableRandom random, long budget, long plantedRows) {
    this.population = population;
    this.calendar = calendar;
    this.random = random;
    sweeps = new Sweeps(random, calendar.days() - 1);
    payroll = new Payroll(population, calendar, sweeps, random);
    housing = new Housing(population, calendar, random);
    bills = new Bills(population, calendar, random);
    spending = new Spending(population, random, random.nextLong());
    circle = new Circle(population, random, calendar.days() - 1);
    platforms = new Platforms(population, random);
    pending = new PendingRows(calendar.days());
    long s = 0;
    for (int d = 0; d < calendar.days(); d++) {
      int dom = calendar.dayOfMonth(d);
      s += payroll.rowsOn(dom) + housing.rowsOn(dom) + bills.rowsOn(dom);
    }
    scheduled = s;
    if (scheduled > budget) {
      throw new IllegalArgumentException("transactions must be at least " + (plantedRows + scheduled)
          + " (the planted rows and the monthly flows of the " + population.active
          + " active persons the planted patterns need), was " + (budget + plantedRows));
    }
    discretionary = budget - scheduled;
    double groceryShare = discretionary == 0 ? 0
        : Math.min(MAX_GROCERY_SHARE, (double) population.active * calendar.days() / 7 / discretionary);
    groceryBelow = (int) Math.round(groceryShare * SCALE);
    int rest = SCALE - groceryBelow;
    cardBelow = groceryBelow + rest / 100 * CARD;
    familyBelow = cardBelow + rest / 100 * FAMILY;
    acquaintanceBelow = familyBelow + rest / 100 * ACQUAINTANCE;
    roundTripBelow = acquaintanceBelow + rest / 100 * ROUND_TRIP;
  }

  /**
   * @param budget background rows
   * @param days days of the period
   * @param maxActive the most active persons there can be
   * @return how many persons are active so that their core flows take about {@link #CORE_SHARE} of
   *     the budget, at most {@code maxActive}
   */
  static int activeFor(long budget, int days, int maxActive) {
    double perPerson = CORE_ROWS_PER_ACTIVE_MONTH * days / DAYS_PER_MONTH;
    return (int) Math.min(maxActive, (long) (CORE_SHARE * budget / perPerson));
  }

  /** @return rows of the scheduled monthly flows over the whole period */
  long scheduledRows() {
    return scheduled;
  }

  /** Generates day {@code day}'s rows (call for days 0, 1, ... in order); returns how many. */
  @Override
  public int fillDay(int day) {
    rows.clear();
    pending.startDay(day, rows);
    spending.startDay(day);
    payroll.day(day, rows, pending);
    housing.day(day, rows, pending);
    bills.day(day, rows);
    long n = discretionary / calendar.days() + (day < discretionary % calendar.days() ? 1 : 0);
    long i = 0;
    while (i < n) {
      int c = random.nextInt(SCALE);
      if (c < groceryBelow) {
        spending.grocery(rows);
      } else if (c < cardBelow) {
        spending.card(rows);
      } else if (c < familyBelow) {
        circle.family(rows);
      } else if (c < acquaintanceBelow) {
        circle.acquaintance(rows);
      } else if (c < roundTripBelow && n - i >= 2) {
        int legs = circle.roundTrip(day, rows, pending, n - i);
        if (legs == 0) {
          spending.card(rows);
        } else {
          i += legs - 1;
        }
      } else if (c >= roundTripBelow && platforms.hasUsers()) {
        platforms.transfer(day, rows);
      } else {
        spending.card(rows);
      }
      i++;
    }
    rows.sort();
    return rows.size();
  }

  /** @return the current day's rows, sorted by time (valid until the next {@link #fillDay}) */
  @Override
  public DayRows rows() {
    return rows;
  }

  /** @return benign look-alike groups numbered so far, per kind */
  Map<BenignKind, Long> groups() {
    Map<BenignKind, Long> m = new EnumMap<>(BenignKind.class);
    m.put(BenignKind.PAYROLL, payroll.groups());
    m.put(BenignKind.MERCHANT, spending.groups());
    m.put(BenignKind.LANDLORD, housing.landlordGroups());
    m.put(BenignKind.UTILITY, bills.groups());
    m.put(BenignKind.FAMILY_ROUND_TRIP, circle.groups());
    m.put(BenignKind.OWN_ACCOUNT_SWEEP, sweeps.groups());
    m.put(BenignKind.SHARED_BILL, housing.sharedBillGroups());
    m.put(BenignKind.EXCHANGE, platforms.exchangeGroups());
    m.put(BenignKind.PROCESSOR, platforms.processorGroups());
    return m;
  }

  /** @return upper bounds of the groups per kind, known before the first day (they fix the id widths) */
  Map<BenignKind, Long> maxGroups() {
    int days = calendar.days();
    Map<BenignKind, Long> m = new EnumMap<>(BenignKind.class);
    m.put(BenignKind.PAYROLL, payroll.maxGroups());
    m.put(BenignKind.MERCHANT, spending.maxGroups(days));
    m.put(BenignKind.LANDLORD, housing.maxLandlordGroups());
    m.put(BenignKind.UTILITY, bills.maxGroups());
    m.put(BenignKind.FAMILY_ROUND_TRIP, discretionary / 2);
    m.put(BenignKind.OWN_ACCOUNT_SWEEP, (long) population.savers * calendar.months());
    m.put(BenignKind.SHARED_BILL, housing.maxSharedBillGroups());
    m.put(BenignKind.EXCHANGE, platforms.maxExchangeGroups(days));
    m.put(BenignKind.PROCESSOR, platforms.maxProcessorGroups(days));
    return m;
  }
}
