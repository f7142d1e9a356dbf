package io.moneytrail.ledger;

import java.util.SplittableRandom;

/**
 * The one generator of seeded random ledgers for tests: each test package asks for the shape its
 * oracles need (few accounts so that patterns and parallel payments are frequent, a coarse time
 * grid so that ties are frequent, some self-transfers, a second currency, zero amounts, repeated
 * ids). The same shape and seed give the same ledger.
 *
 * @param minAccounts least number of accounts
 * @param maxAccounts largest number of accounts
 * @param minTransactions least number of transactions
 * @param maxTransactions largest number of transactions
 * @param minSlots least number of distinct time slots (at least 1)
 * @param maxSlots largest number of distinct time slots
 * @param slotMillis the length of one time slot
 * @param amounts the amounts drawn from (minor units), or empty for 1 to {@code maxAmount}
 * @param maxAmount the largest amount when {@code amounts} is empty
 * @param selfTransferOneIn one transaction in this many pays its own payer (0: never); every other pays
 *     another account
 * @param otherCurrencyOneIn one transaction in this many is in USD instead of EUR (0: never)
 * @param zeroAmountOneIn one transaction in this many has amount 0 (0: never)
 * @param repeatedIdsOneIn one ledger in this many has ids drawn with repeats, out of ledger order (0: never)
 * @param t0 the time of slot 0, epoch milliseconds
 */
public record RandomLedgers(int minAccounts, int maxAccounts, int minTransactions, int maxTransactions, int minSlots,
    int maxSlots, long slotMillis, long[] amounts, long maxAmount, int selfTransferOneIn, int otherCurrencyOneIn,
    int zeroAmountOneIn, int repeatedIdsOneIn, long t0) {

  /** One hour in milliseconds. */
  public static final long HOUR = 3_600_000L;
  /** The time of slot 0: 2025-01-01T00:00:00Z. */
  public static final long T0 = 1_735_689_600_000L;

  /** Small dense ledgers: 3 to 8 accounts, up to 49 transactions on 5 to 44 hourly slots, amounts 1 to 1000. */
  public static RandomLedgers dense() {
    return new RandomLedgers(3, 8, 0, 49, 5, 44, HOUR, new long[0], 1000, 10, 8, 0, 0, T0);
  }

  /**
   * @param min least number of accounts
   * @param max largest number of accounts
   * @return a copy with that range
   */
  public RandomLedgers accounts(int min, int max) {
    return new RandomLedgers(min, max, minTransactions, maxTransactions, minSlots, maxSlots, slotMillis, amounts, maxAmount,
        selfTransferOneIn, otherCurrencyOneIn, zeroAmountOneIn, repeatedIdsOneIn, t0);
  }

  /**
   * @param min least number of transactions
   * @param max largest number of transactions
   * @return a copy with that range
   */
  public RandomLedgers transactions(int min, int max) {
    return new RandomLedgers(minAccounts, maxAccounts, min, max, minSlots, maxSlots, slotMillis, amounts, maxAmount,
        selfTransferOneIn, otherCurrencyOneIn, zeroAmountOneIn, repeatedIdsOneIn, t0);
  }

  /**
   * @param min least number of distinct time slots
   * @param max largest number of distinct time slots
   * @param millis length of a slot
   * @return a copy with that time grid
   */
  public RandomLedgers slots(int min, int max, long millis) {
    return new RandomLedgers(minAccounts, maxAccounts, minTransactions, maxTransactions, min, max, millis, amounts,
        maxAmount, selfTransferOneIn, otherCurrencyOneIn, zeroAmountOneIn, repeatedIdsOneIn, t0);
  }

  /**
   * @param values amounts to draw from, minor units
   * @return a copy drawing from them
   */
  public RandomLedgers amountsFrom(long... values) {
    return new RandomLedgers(minAccounts, maxAccounts, minTransactions, maxTransactions, minSlots, maxSlots, slotMillis,
        values.clone(), maxAmount, selfTransferOneIn, otherCurrencyOneIn, zeroAmountOneIn, repeatedIdsOneIn, t0);
  }

  /**
   * @param max amounts are drawn from 1 to max
   * @return a copy with that range
   */
  public RandomLedgers amountsUpTo(long max) {
    return new RandomLedgers(minAccounts, maxAccounts, minTransactions, maxTransactions, minSlots, maxSlots, slotMillis, new long[0],
        max, selfTransferOneIn, otherCurrencyOneIn, zeroAmountOneIn, repeatedIdsOneIn, t0);
  }

  /**
   * @param selfTransfers one in this many is a self-transfer (0: never)
   * @param otherCurrency one in this many is in USD (0: never)
   * @param zeroAmounts one in this many has amount 0 (0: never)
   * @param repeatedIds one ledger in this many has repeated, shuffled ids (0: never)
   * @return a copy with those rates
   */
  public RandomLedgers oneIn(int selfTransfers, int otherCurrency, int zeroAmounts, int repeatedIds) {
    return new RandomLedgers(minAccounts, maxAccounts, minTransactions, maxTransactions, minSlots, maxSlots, slotMillis, amounts,
        maxAmount, selfTransfers, otherCurrency, zeroAmounts, repeatedIds, t0);
  }

  /**
   * @param millis the time of slot 0, epoch milliseconds
   * @return a copy starting then
   */
  public RandomLedgers startingAt(long millis) {
    return new RandomLedgers(minAccounts, maxAccounts, minTransactions, maxTransactions, minSlots, maxSlots, slotMillis,
        amounts, maxAmount, selfTransferOneIn, otherCurrencyOneIn, zeroAmountOneIn, repeatedIdsOneIn, millis);
  }

  /**
   * @param seed the seed
   * @return the ledger of that seed: accounts {@code A0, A1, ...}, ids {@code T000, T001, ...}
   *     (or repeated {@code X} ids), times {@code t0 + slot * slotMillis}, EUR or USD
   */
  public Ledger generate(long seed) {
    return generate(new SplittableRandom(seed));
  }

  /**
   * @param random the source of randomness (advanced)
   * @return a ledger of this shape
   */
  public Ledger generate(SplittableRandom random) {
    int accounts = minAccounts + random.nextInt(maxAccounts - minAccounts + 1);
    int n = minTransactions + random.nextInt(maxTransactions - minTransactions + 1);
    int grid = minSlots + random.nextInt(maxSlots - minSlots + 1);
    boolean repeated = repeatedIdsOneIn > 0 && random.nextInt(repeatedIdsOneIn) == 0;
    Ledger.Builder b = Ledger.builder();
    for (int i = 0; i < n; i++) {
      int from = random.nextInt(accounts);
      int to;
      if (selfTransferOneIn > 0 && random.nextInt(selfTransferOneIn) == 0) {
        to = from;
      } else {
        to = random.nextInt(accounts - 1);
        to = to >= from ? to + 1 : to;
      }
      long time = t0 + random.nextInt(grid) * slotMillis;
      long amount = zeroAmountOneIn > 0 && random.nextInt(zeroAmountOneIn) == 0 ? 0
          : amounts.length > 0 ? amounts[random.nextInt(amounts.length)] : 1 + random.nextLong(maxAmount);
      String currency = otherCurrencyOneIn > 0 && random.nextInt(otherCurrencyOneIn) == 0 ? "USD" : "EUR";
      String id = repeated ? "X" + random.nextInt(n + 3) : String.format("T%03d", i);
      b.add(id, time, "A" + from, "A" + to, amount, currency);
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RandomLedgers r && r.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public String toString() {
    return "RandomLedgers[accounts " + minAccounts + ".." + maxAccounts + ", transactions " + minTransactions + ".."
        + maxTransactions + ", slots " + minSlots + ".." + maxSlots + " x " + slotMillis + " ms, amounts " + java.util.Arrays.toString(amounts)
        + " or 1.." + maxAmount + ", one in " + selfTransferOneIn + "/" + otherCurrencyOneIn + "/" + zeroAmountOneIn
        + "/" + repeatedIdsOneIn + ", from " + t0 + "]";
  }
}
