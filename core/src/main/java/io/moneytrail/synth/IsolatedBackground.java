package io.moneytrail.synth;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The isolated mode's background, unchanged from the first generator (same draws, same bytes): a few
 * employers pay monthly salaries on the 25th to a share of the people, who pay monthly bills to a
 * few utilities on the 1st; every day people buy from merchants chosen with a heavy tail and pay
 * each other (mostly a small circle, sometimes anyone). Its salary runs and bill collections are
 * tagged as {@link BenignKind#PAYROLL} and {@link BenignKind#UTILITY} groups (one employer's or one
 * utility's month); nothing else is grouped.
 */
final class IsolatedBackground implements Background {
  private static final int DAY_SECONDS = 86_400;
  private static final int SALARY_DAY = 25;
  private static final int BILL_DAY = 1;

  private final SplittableRandom random;
  private final Calendar calendar;
  private final int employers;
  private final int merchants;
  private final int utilities;
  private final int people;
  private final int salaried;
  private final long[] randomPerDay;
  private final boolean[] payday;
  private final boolean[] billday;
  private final GroupIds payrollGroups;
  private final GroupIds utilityGroups;
  private final DayRows rows = new DayRows();

  IsolatedBackground(GeneratorOptions options, Calendar calendar, SplittableRandom random, int accounts, long rows) {
    this.random = random;
    this.calendar = calendar;
    employers = Math.max(1, accounts / 500);
    merchants = Math.max(3, accounts / 200);
    utilities = Math.max(2, accounts / 1000);
    people = accounts - employers - merchants - utilities;
    payrollGroups = new GroupIds(employers);
    utilityGroups = new GroupIds(utilities);
    int days = options.days();
    payday = new boolean[days];
    billday = new boolean[days];
    LocalDate first = LocalDate.ofInstant(options.start(), ZoneOffset.UTC);
    long monthly = 0;
    for (int d = 0; d < days; d++) {
      int dom = first.plusDays(d).getDayOfMonth();
      payday[d] = dom == SALARY_DAY;
      billday[d] = dom == BILL_DAY;
      monthly += (payday[d] ? 1 : 0) + (billday[d] ? 1 : 0);
    }
    salaried = (int) Math.min(people, monthly == 0 ? 0 : rows * 35 / 100 / monthly);
    long free = rows - salaried * monthly;
    randomPerDay = new long[days];
    for (int d = 0; d < days; d++) {
      randomPerDay[d] = free / days + (d < free % days ? 1 : 0);
    }
  }

  /** Generates day {@code day}'s rows; returns how many. */
  @Override
  public int fillDay(int day) {
    rows.clear();
    long r = randomPerDay[day];
    int n = (int) (r + (payday[day] ? salaried : 0) + (billday[day] ? salaried : 0));
    int month = calendar.month(day);
    int i = 0;
    if (payday[day]) {
      for (int p = 0; p < salaried; p++, i++) {
        int person = personAccount(p);
        int employer = p % employers;
        rows.add(6 * 3600 + (int) ((long) p * 21_600 / salaried), employer, person, salary(p),
            BenignTag.of(BenignKind.PAYROLL, BenignRole.SALARY, payrollGroups.of(employer, month)));
      }
    }
    if (billday[day]) {
      for (int p = 0; p < salaried; p++, i++) {
        int utility = p % utilities;
        rows.add(8 * 3600 + (int) ((long) p * 36_000 / salaried), personAccount(p),
            employers + merchants + utility, 4_000 + random.nextLong(21_000),
            BenignTag.of(BenignKind.UTILITY, BenignRole.BILL, utilityGroups.of(utility, month)));
      }
    }
    for (; i < n; i++) {
      int second = random.nextInt(10) == 0 ? random.nextInt(DAY_SECONDS) : 6 * 3600 + random.nextInt(16 * 3600);
      int payer = personAccount(random.nextInt(people));
      if (random.nextInt(100) < 65) {
        double u = random.nextDouble();
        int merchant = employers + (int) (merchants * u * u * u);
        rows.add(second, payer, merchant, logNormal(2_500, 5_000_00), BenignTag.NONE);
      } else {
        int payee;
        if (random.nextInt(100) < 60) {
          payee = personAccount(Math.floorMod(payer - (employers + merchants + utilities) + 1 + random.nextInt(20), people));
        } else {
          double u = random.nextDouble();
          payee = personAccount((int) (people * u * u));
        }
        if (payee == payer) {
          payee = personAccount(Math.floorMod(payer - (employers + merchants + utilities) + 1, people));
        }
        rows.add(second, payer, payee, logNormal(6_000, 2_000_000), BenignTag.NONE);
      }
    }
    rows.sort();
    return n;
  }

  @Override
  public DayRows rows() {
    return rows;
  }

  private int personAccount(int p) {
    return employers + merchants + utilities + p;
  }

  private long salary(int p) {
    long h = p * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return 150_000 + Math.floorMod(h, 450_001L);
  }

  private long logNormal(long medianMinor, long capMinor) {
    long v = Math.round(medianMinor * Math.exp(random.nextGaussian()));
    return Math.max(100, Math.min(capMinor, v));
  }

  /** @return payroll and utility groups numbered so far */
  Map<BenignKind, Long> groups() {
    Map<BenignKind, Long> m = new EnumMap<>(BenignKind.class);
    m.put(BenignKind.PAYROLL, payrollGroups.count());
    m.put(BenignKind.UTILITY, utilityGroups.count());
    return m;
  }

  /** @return upper bounds of the groups per kind (they fix the id widths) */
  Map<BenignKind, Long> maxGroups() {
    Map<BenignKind, Long> m = new EnumMap<>(BenignKind.class);
    m.put(BenignKind.PAYROLL, (long) employers * calendar.months());
    m.put(BenignKind.UTILITY, (long) utilities * calendar.months());
    return m;
  }
}
