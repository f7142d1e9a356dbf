package io.moneytrail.synth;

import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded synthetic transaction data with ground-truth labels, written as moneytrail's canonical CSV
 * ({@code tx_id,timestamp,from_account,to_account,amount,currency}) plus a {@code labels.csv}
 * ({@code tx_id,typology,pattern_id,role}) with one row per planted transaction.
 *
 * <p><b>Background traffic</b> (unlabelled) looks like retail banking: a few employers pay monthly
 * salaries on the 25th to a share of the people, who pay monthly bills to a few utilities on the
 * 1st; every day people buy from merchants chosen with a heavy tail (a few hub merchants get most
 * payments) and pay each other (mostly a small circle of "friends", sometimes anyone, again with a
 * heavy tail). Amounts are log-normal around 25 (purchases) and 60 (person to person) major units;
 * salaries are fixed per person between 1,500 and 6,000. Each account has a home currency (one of
 * {@link GeneratorOptions#currencies()}, by account number) and pays in it. Background traffic can,
 * by chance, look like a pattern (a hub merchant is a fan-in): that is intended, it is what real
 * detectors face.
 *
 * <p><b>Planted patterns</b> ({@link Typology}) use accounts of their own (carved out of the
 * requested number, indistinguishable by name) so their ground truth is exact: fan-in/out of 6-12
 * counterparties within 2 days; cycles of 3-6 accounts, 10,000-100,000, a hop every 6-48 hours
 * losing 0-4 %; scatter-gather and gather-scatter through 4-8 accounts within a day or two; mule
 * chains of 2-4 mules used 3-5 times, each forwarding 90-98 % within 1-24 hours; structuring of
 * 5-10 daily deposits of 9,000-9,990 by 1-4 runners; scam centres with 15-30 victims paying 4-6
 * mules 1-3 times over two weeks, mules forwarding 85-95 % in two parts within 2-30 hours to 1-2 collectors (a second collector sweeps into the main one),
 * the main collector layering through 3-6 accounts, which pay 1-2 cash-out accounts.
 *
 * <p><b>Output</b>: rows in time order (ties: planted first, then by generation order), timestamps
 * {@code yyyy-MM-ddTHH:mm:ssZ}, amounts with two decimals, transaction ids {@code T} + zero-padded
 * row number, account keys {@code AC} + a zero-padded number that is a seeded permutation of the
 * account index. The same options give byte-identical output. Memory is bounded by the planted
 * rows plus one day of background rows (about 20 bytes a row), not by the total.
 */
public final class ScenarioGenerator {
  private static final int DAY_SECONDS = 86_400;
  private static final int SALARY_DAY = 25;
  private static final int BILL_DAY = 1;

  private final GeneratorOptions options;

  /** @param options what to generate */
  public ScenarioGenerator(GeneratorOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes the transactions and labels. The writers are flushed, not closed.
   *
   * @param transactions receives the canonical CSV, header first
   * @param labels receives {@code labels.csv}, header first
   * @return what was written
   * @throws IllegalArgumentException when the planted patterns need more accounts than leave 50 for
   *     the background, or more rows than requested
   * @throws java.io.UncheckedIOException when writing fails
   */
  public GenerationSummary generate(Writer transactions, Writer labels) {
    SplittableRandom root = new SplittableRandom(options.seed());
    SplittableRandom plantRandom = root.split();
    SplittableRandom backgroundRandom = root.split();
    long firstSecond = options.start().getEpochSecond();
    Planter planter = new Planter(plantRandom, firstSecond, options.days());
    List<PlantedTx> planted = planter.plant(options);
    int plantedAccounts = planter.accountsUsed();
    int background = options.accounts() - plantedAccounts;
    if (background < 50) {
      throw new IllegalArgumentException("accounts must be at least " + (plantedAccounts + 50)
          + " for the requested typologies (they use " + plantedAccounts + "), was " + options.accounts());
    }
    if (planted.size() > options.transactions()) {
      throw new IllegalArgumentException("transactions must be at least " + planted.size()
          + " (the planted patterns' rows), was " + options.transactions());
    }
    Emitter emitter = new Emitter(options, root.nextLong(), background, transactions, labels);
    Background traffic = new Background(options, backgroundRandom, background, options.transactions() - planted.size());
    int next = 0;
    for (int day = 0; day < options.days(); day++) {
      long dayStart = firstSecond + (long) day * DAY_SECONDS;
      emitter.startDay(dayStart);
      int n = traffic.fillDay(day, dayStart);
      for (int i = 0; i < n; i++) {
        long second = dayStart + traffic.secondOfDay(i);
        while (next < planted.size() && planted.get(next).second() <= second) {
          emitter.planted(planted.get(next++));
        }
        emitter.background(second, traffic, i);
      }
      long dayEnd = dayStart + DAY_SECONDS;
      while (next < planted.size() && planted.get(next).second() < dayEnd) {
        emitter.planted(planted.get(next++));
      }
    }
    emitter.finish();
    Map<Typology, Integer> patterns = new EnumMap<>(Typology.class);
    for (Typology t : Typology.values()) {
      if (options.count(t) > 0) {
        patterns.put(t, options.count(t));
      }
    }
    return new GenerationSummary(emitter.rows(), planted.size(), options.accounts(), plantedAccounts, patterns);
  }

  /** Background traffic of one day at a time, held in primitive arrays sorted by time. */
  static final class Background {
    private final SplittableRandom random;
    private final int employers;
    private final int merchants;
    private final int utilities;
    private final int people;
    private final int salaried;
    private final long[] randomPerDay;
    private final boolean[] payday;
    private final boolean[] billday;
    private long[] keys = new long[1024];
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private long[] amount = new long[1024];

    Background(GeneratorOptions options, SplittableRandom random, int accounts, long rows) {
      this.random = random;
      employers = Math.max(1, accounts / 500);
      merchants = Math.max(3, accounts / 200);
      utilities = Math.max(2, accounts / 1000);
      people = accounts - employers - merchants - utilities;
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
    int fillDay(int day, long dayStart) {
      long r = randomPerDay[day];
      int n = (int) (r + (payday[day] ? salaried : 0) + (billday[day] ? salaried : 0));
      if (keys.length < n) {
        int size = Math.max(n, keys.length * 2);
        keys = new long[size];
        from = new int[size];
        to = new int[size];
        amount = new long[size];
      }
      int i = 0;
      if (payday[day]) {
        for (int p = 0; p < salaried; p++, i++) {
          int person = personAccount(p);
          set(i, 6 * 3600 + (int) ((long) p * 21_600 / salaried), p % employers, person, salary(p));
        }
      }
      if (billday[day]) {
        for (int p = 0; p < salaried; p++, i++) {
          set(i, 8 * 3600 + (int) ((long) p * 36_000 / salaried), personAccount(p),
              employers + merchants + p % utilities, 4_000 + random.nextLong(21_000));
        }
      }
      for (; i < n; i++) {
        int second = random.nextInt(10) == 0 ? random.nextInt(DAY_SECONDS) : 6 * 3600 + random.nextInt(16 * 3600);
        int payer = personAccount(random.nextInt(people));
        if (random.nextInt(100) < 65) {
          double u = random.nextDouble();
          int merchant = employers + (int) (merchants * u * u * u);
          set(i, second, payer, merchant, logNormal(2_500, 5_000_00));
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
          set(i, second, payer, payee, logNormal(6_000, 2_000_000));
        }
      }
      Arrays.sort(keys, 0, n);
      return n;
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

    private void set(int i, int second, int f, int t, long a) {
      keys[i] = ((long) second << 32) | i;
      from[i] = f;
      to[i] = t;
      amount[i] = a;
    }

    int secondOfDay(int pos) {
      return (int) (keys[pos] >>> 32);
    }

    int fromAt(int pos) {
      return from[(int) keys[pos]];
    }

    int toAt(int pos) {
      return to[(int) keys[pos]];
    }

    long amountAt(int pos) {
      return amount[(int) keys[pos]];
    }
  }

  /** Formats rows and labels. */
  private static final class Emitter {
    private final CharBuffer tx;
    private final CharBuffer labels;
    private final int accounts;
    private final int background;
    private final int accountWidth;
    private final int idWidth;
    private final long multiplier;
    private final long offset;
    private final String[] currencies;
    private final Map<Typology, Integer> patternWidth = new EnumMap<>(Typology.class);
    private String dayPrefix = "";
    private long dayStart;
    private long rows;

    Emitter(GeneratorOptions options, long permutationSeed, int background, Writer txOut, Writer labelOut) {
      this.tx = new CharBuffer(txOut);
      this.labels = new CharBuffer(labelOut);
      this.accounts = options.accounts();
      this.background = background;
      this.accountWidth = CharBuffer.digits(accounts - 1L);
      this.idWidth = CharBuffer.digits(options.transactions());
      this.currencies = options.currencies().toArray(String[]::new);
      long m = (permutationSeed >>> 1) % accounts;
      if (m < 2) {
        m = 2;
      }
      while (gcd(m, accounts) != 1) {
        m++;
      }
      this.multiplier = m;
      this.offset = Math.floorMod(permutationSeed, (long) accounts);
      for (Typology t : Typology.values()) {
        patternWidth.put(t, Math.max(4, CharBuffer.digits(options.count(t))));
      }
      tx.append("tx_id,timestamp,from_account,to_account,amount,currency").endLine();
      labels.append("tx_id,typology,pattern_id,role").endLine();
    }

    void startDay(long start) {
      dayStart = start;
      dayPrefix = LocalDate.ofEpochDay(Math.floorDiv(start, DAY_SECONDS)).toString() + "T";
    }

    void background(long second, Background b, int pos) {
      int from = b.fromAt(pos);
      row(second, from, b.toAt(pos), b.amountAt(pos), currencies[from % currencies.length]);
    }

    void planted(PlantedTx p) {
      row(p.second(), background + p.from(), background + p.to(), p.amount(), currencies[0]);
      labels.append('T').appendPadded(rows, idWidth).append(',').append(p.typology().label()).append(',')
          .append(p.typology().label()).append('-').appendPadded(p.pattern(), patternWidth.get(p.typology()))
          .append(',').append(p.role());
      labels.endLine();
    }

    private void row(long second, int from, int to, long amount, String currency) {
      rows++;
      tx.append('T').appendPadded(rows, idWidth).append(',');
      int s = (int) (second - dayStart);
      tx.append(dayPrefix).appendPadded(s / 3600, 2).append(':').appendPadded(s / 60 % 60, 2).append(':')
          .appendPadded(s % 60, 2).append('Z').append(',');
      account(from);
      tx.append(',');
      account(to);
      tx.append(',').appendMoney(amount).append(',').append(currency);
      tx.endLine();
    }

    private void account(int index) {
      tx.append('A').append('C').appendPadded((multiplier * index + offset) % accounts, accountWidth);
    }

    void finish() {
      tx.flush();
      labels.flush();
    }

    long rows() {
      return rows;
    }

    private static long gcd(long a, long b) {
      return b == 0 ? a : gcd(b, a % b);
    }
  }
}
