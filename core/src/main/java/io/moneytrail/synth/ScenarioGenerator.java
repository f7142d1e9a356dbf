package io.moneytrail.synth;

import io.moneytrail.synth.GeneratorOptions.Planting;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

/**
 * Seeded synthetic transaction data with ground-truth labels, written as moneytrail's canonical CSV
 * ({@code tx_id,timestamp,from_account,to_account,amount,currency}) plus a {@code labels.csv}
 * ({@code tx_id,typology,pattern_id,role}) with one row per planted transaction, and optionally a
 * benign look-alike file ({@code tx_id,kind,group_id,role}).
 *
 * <h2>Embedded planting (the default): a realistic population</h2>
 *
 * <p><b>Population</b> ({@link GeneratorOptions#accounts()} accounts): employers ({@code accounts /
 * 250}; employees assigned by a Zipf law, weight 1 / rank, so a few are big, thousands of employees
 * at 500,000 accounts, and many have a handful), merchants ({@code accounts / 100}, at least 10; the first few are
 * marketplaces and supermarkets, the tail are small shops), 3-8 utilities, property companies
 * ({@code accounts / 5,000}), 1-3 crypto exchanges and 1-3 payment processors (one more of each per
 * 25,000 accounts; 12 % and 25 % of the persons use one, the first platforms most), and persons,
 * 3 in 10 of the active ones with a savings account of their own.
 * Active persons bank here fully; how many are active follows from the row budget (their core
 * flows take about 55 % of the background rows, at most all persons); the other persons use the
 * account now and then. Of the active persons 40 % own their home, 35 % rent directly (from a
 * property company, or from a private landlord, a person letting 1-4 homes) and 25 % share a flat
 * of 2-4 with a lead tenant. Amounts are minor units at scale 2.
 *
 * <p><b>Ordinary behaviour</b> of an active person: a fixed salary (log-normal around 2,600,
 * 1,100-25,000) once a month on the employer's pay day (mostly the 25th-28th) in the employer's run
 * (00:00-08:00); rent (22-38 % of the salary, 350-3,500) on the landlord's day (3rd-8th) by
 * standing order, or a share paid to the flat's lead tenant one or two days before; 1-3 utility
 * bills by direct debit on each utility's day (fixed base around 70, varied by 10 %); groceries
 * about once a week at 2-3 regular supermarkets (around 45); card-like payments to merchants chosen
 * with a heavy tail (around 9); transfers to a fixed circle of 2-4 family members and friends
 * (around 60); family round trips (a loan repaid 2-28 days later, sometimes via a third member);
 * own-account sweeps (40-90 % of the salary to savings soon after payday, part of it back later);
 * exchange top-ups and payouts, processor payments and payouts. Occasional persons make card
 * payments, transfers to acquaintances and platform transactions. Marketplaces have peak days
 * (about every 45 days, about four times their ordinary card payments). Every account has a home
 * currency (one of {@link GeneratorOptions#currencies()}) and pays in it.
 *
 * <p><b>Planted patterns</b> ({@link Typology}) use accounts drawn from the active persons (and,
 * for scam-centre collectors, small shops, which receive ordinary card payments), each account in
 * at most one pattern; they keep all their ordinary activity and have the first currency as home
 * currency. The shapes are those of isolated mode (below), with amounts that overlap ordinary flows
 * of the same kind: fan-in/out payments 30-3,000, cycle hops 200-20,000, scatter-gather branches
 * 300-9,000, gather-scatter inflows 200-8,000, mule-chain inflows 300-9,000, victim payments
 * 100-9,800; structuring deposits stay 9,000-9,990.
 *
 * <p><b>Benign look-alikes</b> ({@link BenignKind}), one group being what an analyst would see as
 * one benign case: {@code payroll} (one employer's salary run of one month), {@code merchant} (one
 * marketplace's incoming payments on one of its peak days), {@code landlord} (one landlord's direct
 * rents over the period), {@code utility} (one utility's collection of one month),
 * {@code family_round_trip} (one loan and its repayment, A-B-A or A-B-C-A), {@code
 * own_account_sweep} (one person's sweeps of one pay cycle), {@code shared_bill} (one flat's
 * shares and rent of one month), {@code exchange} and {@code processor} (one platform's
 * transactions of one day). Every row of these groups is listed, nothing else (ordinary card
 * payments and transfers are not); a transaction is in at most one group (a flat's rent paid by
 * its lead tenant is in the flat's shared-bill group, not the landlord's). At 50,000 accounts and
 * 1,000,000 rows over 365 days (the default typologies) about 40 % of the rows are in groups, by
 * kind (share of rows; groups): payroll 6.4 % (about 2,400: 200 employers, 12 months); utility
 * 12.9 % (36: 3 utilities, 12 months); landlord 2.0 % (about 350: 10 property companies, the
 * biggest with about 370 direct tenants, and private landlords with 1-4); shared bill 3.2 % (about
 * 11,000); own-account sweep 3.9 % (about 19,000); family round trip 2.9 % (about 12,600);
 * merchant 0.6 % (about 40 peak days); exchange 2.8 % and processor 5.7 % (3 of each, 1,095 days
 * each; the biggest exchange has about 3,200 counterparties, the biggest processor about 6,700, and
 * ten times as many at 500,000 accounts and 10,000,000 rows). About 5,350 of the 47,700 persons are
 * active at that size; the biggest employer pays about 900 of them, the median employer 9.
 *
 * <h2>Isolated planting</h2>
 *
 * <p><b>Background traffic</b> (unlabelled) as in the first generator: a few employers pay monthly
 * salaries on the 25th to a share of the people, who pay monthly bills to a few utilities on the
 * 1st; every day people buy from merchants chosen with a heavy tail (a few hub merchants get most
 * payments) and pay each other (mostly a small circle of "friends", sometimes anyone, again with a
 * heavy tail). Amounts are log-normal around 25 (purchases) and 60 (person to person) major units;
 * salaries are fixed per person between 1,500 and 6,000. Each account's home currency is chosen by
 * account number. Only the salary runs and bill collections are benign groups.
 *
 * <p><b>Planted patterns</b> use accounts of their own (carved out of the requested number,
 * indistinguishable by name) that do nothing else: fan-in/out of 6-12 counterparties within 2 days;
 * cycles of 3-6 accounts, 10,000-100,000, a hop every 6-48 hours losing 0-4 %; scatter-gather and
 * gather-scatter through 4-8 accounts within a day or two; mule chains of 2-4 mules used 3-5 times,
 * each forwarding 90-98 % within 1-24 hours; structuring of 5-10 daily deposits of 9,000-9,990 by
 * 1-4 runners; scam centres with 15-30 victims paying 4-6 mules 1-3 times over two weeks, mules
 * forwarding 85-95 % in two parts within 2-30 hours to 1-2 collectors (a second collector sweeps
 * into the main one), the main collector layering through 3-6 accounts, which pay 1-2 cash-out
 * accounts. The same options give the same bytes as the first generator did (before embedded planting).
 *
 * <h2>Output</h2>
 *
 * <p>Rows in time order (ties: planted first, then by generation order), timestamps
 * {@code yyyy-MM-ddTHH:mm:ssZ}, amounts with two decimals, transaction ids {@code T} + zero-padded
 * row number, account keys {@code AC} + a zero-padded number that is a seeded permutation of the
 * account index; group ids are the kind, a dash and a number zero-padded to a width fixed by the
 * options. The same options give byte-identical files; whether a benign file is written does not
 * change the other two. Memory is bounded by the planted rows, one day of background rows (about
 * 40 bytes a row), the later legs of episodes in flight and, in embedded mode, a few ints per
 * account for the population.
 */
public final class ScenarioGenerator {
  private static final int DAY_SECONDS = 86_400;

  private final GeneratorOptions options;

  /** @param options what to generate */
  public ScenarioGenerator(GeneratorOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes the transactions and labels (no benign file). The writers are flushed, not closed.
   *
   * @param transactions receives the canonical CSV, header first
   * @param labels receives {@code labels.csv}, header first
   * @return what was written
   * @throws IllegalArgumentException when the planted patterns need more accounts or rows than
   *     requested (the message names the option and its least value)
   * @throws java.io.UncheckedIOException when writing fails
   */
  public GenerationSummary generate(Writer transactions, Writer labels) {
    return run(Objects.requireNonNull(transactions, "transactions"), Objects.requireNonNull(labels, "labels"), null);
  }

  /**
   * Writes the transactions, labels and benign look-alike groups. The writers are flushed, not
   * closed. The transactions and labels are the same as {@link #generate(Writer, Writer)}'s.
   *
   * @param transactions receives the canonical CSV, header first
   * @param labels receives {@code labels.csv}, header first
   * @param benign receives {@code tx_id,kind,group_id,role}, header first, one row per transaction
   *     of a benign look-alike group, in transaction order
   * @return what was written
   * @throws IllegalArgumentException when the planted patterns need more accounts or rows than
   *     requested (the message names the option and its least value)
   * @throws java.io.UncheckedIOException when writing fails
   */
  public GenerationSummary generate(Writer transactions, Writer labels, Writer benign) {
    return run(Objects.requireNonNull(transactions, "transactions"), Objects.requireNonNull(labels, "labels"),
        Objects.requireNonNull(benign, "benign"));
  }

  private GenerationSummary run(Writer transactions, Writer labels, Writer benign) {
    SplittableRandom root = new SplittableRandom(options.seed());
    SplittableRandom plantRandom = root.split();
    SplittableRandom backgroundRandom = root.split();
    long firstSecond = options.start().getEpochSecond();
    Calendar calendar = new Calendar(options);
    boolean embedded = options.planting() == Planting.EMBEDDED;
    Planter planter = new Planter(plantRandom, firstSecond, options.days(), embedded);
    List<PlantedTx> planted = planter.plant(options);
    Background traffic;
    Emitter emitter;
    int plantedAccounts;
    if (embedded) {
      Census census = Census.of(options.accounts());
      int persons = planter.accountsUsed();
      int shops = planter.shopsUsed();
      if (persons > census.maxActive() || shops > census.smallShops()) {
        throw new IllegalArgumentException("accounts must be at least " + leastAccounts(persons, shops)
            + " for the requested typologies (they use " + persons + " ordinary persons and " + shops
            + " small shops), was " + options.accounts());
      }
      checkRows(planted.size());
      long budget = options.transactions() - planted.size();
      int active = Math.max(persons, EmbeddedBackground.activeFor(budget, options.days(), census.maxActive()));
      Population population = new Population(census, active, options.currencies().size(), root.split(), persons, shops);
      EmbeddedBackground background = new EmbeddedBackground(population, calendar, backgroundRandom, budget,
          planted.size());
      traffic = background;
      IntUnaryOperator account = slot -> slot >= 0 ? population.plantedPersons[slot]
          : population.plantedShops[Planter.shopOf(slot)];
      emitter = new Emitter(options, root.nextLong(), account, population.home, background.maxGroups(),
          transactions, labels, benign);
      plantedAccounts = persons + shops;
    } else {
      plantedAccounts = planter.accountsUsed();
      int background = options.accounts() - plantedAccounts;
      if (background < 50) {
        throw new IllegalArgumentException("accounts must be at least " + (plantedAccounts + 50)
            + " for the requested typologies (they use " + plantedAccounts + "), was " + options.accounts());
      }
      checkRows(planted.size());
      IsolatedBackground isolated = new IsolatedBackground(options, calendar, backgroundRandom, background,
          options.transactions() - planted.size());
      traffic = isolated;
      emitter = new Emitter(options, root.nextLong(), slot -> background + slot, null, isolated.maxGroups(),
          transactions, labels, benign);
    }
    int next = 0;
    for (int day = 0; day < options.days(); day++) {
      long dayStart = firstSecond + (long) day * DAY_SECONDS;
      emitter.startDay(dayStart);
      int n = traffic.fillDay(day);
      DayRows rows = traffic.rows();
      for (int i = 0; i < n; i++) {
        long second = dayStart + rows.secondOfDay(i);
        while (next < planted.size() && planted.get(next).second() <= second) {
          emitter.planted(planted.get(next++));
        }
        emitter.background(second, rows, i);
      }
      long dayEnd = dayStart + DAY_SECONDS;
      while (next < planted.size() && planted.get(next).second() < dayEnd) {
        emitter.planted(planted.get(next++));
      }
    }
    emitter.finish();
    if (emitter.rows() != options.transactions()) {
      throw new IllegalStateException("wrote " + emitter.rows() + " rows instead of " + options.transactions());
    }
    Map<Typology, Integer> patterns = new EnumMap<>(Typology.class);
    for (Typology t : Typology.values()) {
      if (options.count(t) > 0) {
        patterns.put(t, options.count(t));
      }
    }
    Map<BenignKind, Long> groups = traffic instanceof EmbeddedBackground e ? e.groups()
        : ((IsolatedBackground) traffic).groups();
    return new GenerationSummary(emitter.rows(), planted.size(), options.accounts(), plantedAccounts, patterns,
        groups, emitter.benignRows());
  }

  private void checkRows(int plantedRows) {
    if (plantedRows > options.transactions()) {
      throw new IllegalArgumentException("transactions must be at least " + plantedRows
          + " (the planted patterns' rows), was " + options.transactions());
    }
  }

  /** @return the least number of accounts whose population has enough persons and small shops */
  private static int leastAccounts(int persons, int shops) {
    long lo = 100;
    long hi = Integer.MAX_VALUE;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      Census c = Census.of((int) mid);
      if (c.maxActive() >= persons && c.smallShops() >= shops) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return (int) lo;
  }

  /** Formats rows, labels and benign rows. */
  private static final class Emitter {
    private static final BenignKind[] KINDS = BenignKind.values();
    private final CharBuffer tx;
    private final CharBuffer labels;
    private final CharBuffer benign;
    private final int accounts;
    private final IntUnaryOperator plantedAccount;
    private final byte[] home;
    private final int accountWidth;
    private final int idWidth;
    private final long multiplier;
    private final long offset;
    private final String[] currencies;
    private final Map<Typology, Integer> patternWidth = new EnumMap<>(Typology.class);
    private final int[] groupWidth = new int[KINDS.length];
    private final long[] benignRows = new long[KINDS.length];
    private String dayPrefix = "";
    private long dayStart;
    private long rows;

    /**
     * @param plantedAccount account index of a planted slot
     * @param home home currency per account, or null for account index modulo the currencies
     * @param maxGroups upper bounds of the benign groups per kind (fix the id widths)
     * @param benignOut the benign file, or null for none
     */
    Emitter(GeneratorOptions options, long permutationSeed, IntUnaryOperator plantedAccount, byte[] home,
        Map<BenignKind, Long> maxGroups, Writer txOut, Writer labelOut, Writer benignOut) {
      this.tx = new CharBuffer(txOut);
      this.labels = new CharBuffer(labelOut);
      this.benign = benignOut == null ? null : new CharBuffer(benignOut);
      this.accounts = options.accounts();
      this.plantedAccount = plantedAccount;
      this.home = home;
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
      for (BenignKind k : KINDS) {
        groupWidth[k.ordinal()] = Math.max(4, CharBuffer.digits(maxGroups.getOrDefault(k, 0L)));
      }
      tx.append("tx_id,timestamp,from_account,to_account,amount,currency").endLine();
      labels.append("tx_id,typology,pattern_id,role").endLine();
      if (benign != null) {
        benign.append("tx_id,kind,group_id,role").endLine();
      }
    }

    void startDay(long start) {
      dayStart = start;
      dayPrefix = LocalDate.ofEpochDay(Math.floorDiv(start, DAY_SECONDS)).toString() + "T";
    }

    void background(long second, DayRows b, int pos) {
      int from = b.fromAt(pos);
      row(second, from, b.toAt(pos), b.amountAt(pos),
          currencies[home == null ? from % currencies.length : home[from]]);
      long tag = b.tagAt(pos);
      if (tag != BenignTag.NONE) {
        BenignKind kind = BenignTag.kind(tag);
        benignRows[kind.ordinal()]++;
        if (benign != null) {
          benign.append('T').appendPadded(rows, idWidth).append(',').append(kind.label()).append(',')
              .append(kind.label()).append('-').appendPadded(BenignTag.group(tag), groupWidth[kind.ordinal()])
              .append(',').append(BenignTag.role(tag).label());
          benign.endLine();
        }
      }
    }

    void planted(PlantedTx p) {
      row(p.second(), plantedAccount.applyAsInt(p.from()), plantedAccount.applyAsInt(p.to()), p.amount(),
          currencies[0]);
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
      if (benign != null) {
        benign.flush();
      }
    }

    long rows() {
      return rows;
    }

    Map<BenignKind, Long> benignRows() {
      Map<BenignKind, Long> m = new EnumMap<>(BenignKind.class);
      for (BenignKind k : KINDS) {
        m.put(k, benignRows[k.ordinal()]);
      }
      return m;
    }

    private static long gcd(long a, long b) {
      return b == 0 ? a : gcd(b, a % b);
    }
  }
}
