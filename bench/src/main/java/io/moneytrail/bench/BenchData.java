package io.moneytrail.bench;

import io.moneytrail.ledger.Ledger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Seeded synthetic ledgers for benchmarks. Same parameters and seed, same data.
 *
 * <p>Shape: {@code accounts} accounts, each paying a heavy-tailed number of counterparties (mean
 * {@code pairsPerAccount}); a few hub accounts (one in 200) are chosen as receivers far more often,
 * so they get dozens to hundreds of counterparties. Each transaction picks a pair uniformly and a
 * time uniformly over {@code days} days from 2025-01-01 (day-granular when {@code dayGranular},
 * else to the second); amounts are log-uniform between 1.00 and 10,000.00 EUR.
 */
public final class BenchData {
  /** 2025-01-01T00:00:00Z. */
  public static final long START = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private static final long DAY = 86_400_000L;

  private final int[] payer;
  private final int[] payee;
  private final long[] time;
  private final long[] amount;
  private final int transactions;

  private BenchData(int accounts, double pairsPerAccount, int transactions, int days, boolean dayGranular, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int pairCount = (int) Math.round(accounts * pairsPerAccount);
    payer = new int[pairCount];
    payee = new int[pairCount];
    int hubs = Math.max(1, accounts / 200);
    for (int p = 0; p < pairCount; p++) {
      int a = random.nextInt(accounts);
      int b;
      do {
        b = random.nextDouble() < 0.25 ? random.nextInt(hubs) : random.nextInt(accounts);
      } while (b == a);
      payer[p] = a;
      payee[p] = b;
    }
    this.transactions = transactions;
    time = new long[transactions];
    amount = new long[transactions];
    int[] pairOf = new int[transactions];
    for (int i = 0; i < transactions; i++) {
      pairOf[i] = random.nextInt(pairCount);
      long t = dayGranular ? random.nextInt(days) * DAY : (long) (random.nextDouble() * days * DAY) / 1000 * 1000;
      time[i] = START + t;
      amount[i] = 100 + (long) Math.exp(random.nextDouble() * Math.log(1_000_000));
    }
    java.util.Arrays.sort(time);
    int[] from = new int[transactions];
    int[] to = new int[transactions];
    for (int i = 0; i < transactions; i++) {
      from[i] = payer[pairOf[i]];
      to[i] = payee[pairOf[i]];
    }
    this.fromRows = from;
    this.toRows = to;
  }

  private final int[] fromRows;
  private final int[] toRows;

  /**
   * A year of retail-bank-like data: 4,000 accounts, about 16,000 pairs, 120,000 day-granular
   * transactions.
   *
   * @param seed random seed
   * @return the data
   */
  public static BenchData retailYear(long seed) {
    return new BenchData(4_000, 4.0, 120_000, 365, true, seed);
  }

  /**
   * A large ledger: {@code transactions} over 50,000 accounts in one year, times to the second.
   *
   * @param transactions number of transactions
   * @param seed random seed
   * @return the data
   */
  public static BenchData large(int transactions, long seed) {
    return new BenchData(50_000, 4.0, transactions, 365, false, seed);
  }

  /**
   * {@link #large} at a fixed density: 50,000 accounts per million transactions, in one year, so
   * that a ledger four times as large is four times as many accounts doing the same, not the same
   * accounts four times as busy (which would change what each analysis has to do per payment).
   *
   * @param transactions number of transactions
   * @param seed random seed
   * @return the data
   */
  public static BenchData scaled(int transactions, long seed) {
    return new BenchData((int) Math.max(1_000, 50_000L * transactions / 1_000_000), 4.0, transactions, 365, false, seed);
  }

  /** @return the number of transactions */
  public int size() {
    return transactions;
  }

  /** @return the data as a ledger (scale 2, currency EUR, ids {@code T0000001}...) */
  public Ledger toLedger() {
    Ledger.Builder b = Ledger.builder(2, java.util.List.of(), java.util.List.of(), transactions);
    for (int i = 0; i < transactions; i++) {
      b.add(txId(i), time[i], account(fromRows[i]), account(toRows[i]), amount[i], "EUR");
    }
    return b.build();
  }

  /**
   * Writes the data as a canonical moneytrail CSV.
   *
   * @param file destination
   * @throws IOException on write failure
   */
  public void writeCsv(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("tx_id,timestamp,from_account,to_account,amount,currency\n");
      StringBuilder line = new StringBuilder(96);
      for (int i = 0; i < transactions; i++) {
        line.setLength(0);
        line.append(txId(i)).append(',').append(Instant.ofEpochMilli(time[i])).append(',')
            .append(account(fromRows[i])).append(',').append(account(toRows[i])).append(',')
            .append(amount[i] / 100).append('.');
        long cents = amount[i] % 100;
        if (cents < 10) {
          line.append('0');
        }
        line.append(cents).append(",EUR\n");
        w.append(line);
      }
    }
  }

  private static String txId(int i) {
    return String.format("T%07d", i + 1);
  }

  private static String account(int a) {
    return "AC" + (100000 + a);
  }
}
