package io.moneytrail.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the planted patterns: every pattern gets accounts of its own, as slots 0, 1, ... that the
 * generator later maps to accounts (isolated mode: the top of the account range; embedded mode:
 * distinct ordinary persons), and transactions with realistic timing and amounts. Scam-centre
 * collectors take shop slots in embedded mode ({@link #shopSlot(int)}: small shops), person slots
 * in isolated mode. All amounts are minor units at scale 2.
 *
 * <p>Amounts: isolated mode keeps the first generator's uniform ranges (same draws, same bytes); embedded
 * mode draws log-uniform ranges that overlap ordinary flows of the same kind: fan-in/out payments
 * 30-3,000 (transfers between persons), cycle hops 200-20,000, scatter-gather branches 300-9,000,
 * gather-scatter inflows 200-8,000, mule-chain inflows 300-9,000, victim payments 100-9,800.
 * Structuring deposits (9,000-9,990) and every shape rule (counterparty counts, windows, shares
 * passed on) are the same in both modes.
 */
final class Planter {
  private static final long HOUR = 3600;
  private static final long DAY = 24 * HOUR;

  private final SplittableRandom random;
  private final long firstSecond;
  private final long endSecond;
  private final int days;
  private final boolean embedded;
  private final List<PlantedTx> rows = new ArrayList<>();
  private int nextAccount;
  private int nextShop;
  private Typology typology;
  private int pattern;

  /** @param embedded whether to draw embedded mode's amounts and shop slots for collectors */
  Planter(SplittableRandom random, long firstSecond, int days, boolean embedded) {
    this.random = random;
    this.embedded = embedded;
    this.firstSecond = firstSecond;
    this.days = days;
    this.endSecond = firstSecond + days * DAY;
  }

  /** Plants every pattern of the options; returns the rows sorted by (time, creation order). */
  List<PlantedTx> plant(GeneratorOptions options) {
    for (Typology t : Typology.values()) {
      for (int i = 1; i <= options.count(t); i++) {
        typology = t;
        pattern = i;
        switch (t) {
          case FAN_IN -> fanIn();
          case FAN_OUT -> fanOut();
          case CYCLE -> cycle();
          case SCATTER_GATHER -> scatterGather();
          case GATHER_SCATTER -> gatherScatter();
          case MULE_CHAIN -> muleChain();
          case STRUCTURING -> structuring();
          case SCAM_CENTRE -> scamCentre();
        }
      }
    }
    rows.sort(Comparator.comparingLong(PlantedTx::second).thenComparingInt(PlantedTx::seq));
    return rows;
  }

  /** @return how many person slots the planted patterns use (all their accounts in isolated mode) */
  int accountsUsed() {
    return nextAccount;
  }

  /** @return how many shop slots the planted patterns use (0 in isolated mode) */
  int shopsUsed() {
    return nextShop;
  }

  /** @return the slot number encoded by {@link #shopSlot(int)}, for a negative slot */
  static int shopOf(int slot) {
    return -1 - slot;
  }

  /** @return shop slot {@code n} as a (negative) account slot */
  static int shopSlot(int n) {
    return -1 - n;
  }

  private int account() {
    return nextAccount++;
  }

  /** A collector: a small shop's account in embedded mode, an account of its own in isolated mode. */
  private int collector() {
    return embedded ? shopSlot(nextShop++) : account();
  }

  private int[] collectors(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = collector();
    }
    return a;
  }

  /**
   * An amount of a planted flow: isolated mode uniform in [isoLo, isoHi], embedded mode
   * log-uniform in [embLo, embHi] (major units, whole cents).
   */
  private long flow(long isoLoMajor, long isoHiMajor, long embLoMajor, long embHiMajor) {
    return embedded ? Draws.logUniform(random, embLoMajor * 100, embHiMajor * 100) : amount(isoLoMajor, isoHiMajor);
  }

  private int[] accounts(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = account();
    }
    return a;
  }

  /** A start second for a pattern lasting about {@code spanDays}, during the daytime. */
  private long start(int spanDays) {
    int latest = Math.max(1, days - spanDays);
    return firstSecond + random.nextInt(latest) * DAY + 7 * HOUR + random.nextLong(10 * HOUR);
  }

  private long between(long lo, long hi) {
    return lo + random.nextLong(hi - lo + 1);
  }

  /** Amount between lo and hi major units, whole cents. */
  private long amount(long loMajor, long hiMajor) {
    return between(loMajor * 100, hiMajor * 100);
  }

  private void add(long second, int from, int to, long amount, String role) {
    long s = Math.min(Math.max(second, firstSecond), endSecond - 1);
    rows.add(new PlantedTx(s, rows.size(), from, to, Math.max(1, amount), typology, pattern, role));
  }

  private long percentOf(long amount, int loPercent, int hiPercent) {
    return amount * between(loPercent * 10L, hiPercent * 10L) / 1000;
  }

  private void fanIn() {
    int hub = account();
    int k = (int) between(6, 12);
    long t0 = start(3);
    for (int i = 0; i < k; i++) {
      add(t0 + random.nextLong(2 * DAY), account(), hub, flow(200, 3_000, 30, 3_000), "sender_payment");
    }
  }

  private void fanOut() {
    int hub = account();
    int k = (int) between(6, 12);
    long t0 = start(3);
    for (int i = 0; i < k; i++) {
      add(t0 + random.nextLong(2 * DAY), hub, account(), flow(200, 3_000, 30, 3_000), "payout");
    }
  }

  private void cycle() {
    int[] ring = accounts((int) between(3, 6));
    long t = start(14);
    long value = flow(10_000, 100_000, 200, 20_000);
    for (int i = 0; i < ring.length; i++) {
      add(t, ring[i], ring[(i + 1) % ring.length], value, "hop");
      t += between(6 * HOUR, 48 * HOUR);
      value = percentOf(value, 96, 100);
    }
  }

  private void scatterGather() {
    int source = account();
    int sink = account();
    int k = (int) between(4, 8);
    long t0 = start(3);
    for (int i = 0; i < k; i++) {
      int mid = account();
      long t = t0 + random.nextLong(6 * HOUR);
      long value = flow(2_000, 9_000, 300, 9_000);
      add(t, source, mid, value, "scatter");
      add(t + between(HOUR, 24 * HOUR), mid, sink, percentOf(value, 95, 99), "gather");
    }
  }

  private void gatherScatter() {
    int hub = account();
    int k = (int) between(4, 8);
    long t0 = start(3);
    long total = 0;
    for (int i = 0; i < k; i++) {
      long value = flow(1_000, 8_000, 200, 8_000);
      total += value;
      add(t0 + random.nextLong(DAY), account(), hub, value, "gather");
    }
    long t1 = t0 + DAY + HOUR;
    long share = percentOf(total, 90, 98) / k;
    for (int i = 0; i < k; i++) {
      add(t1 + random.nextLong(DAY), hub, account(), share, "scatter");
    }
  }

  private void muleChain() {
    int[] mules = accounts((int) between(2, 4));
    int exit = account();
    int reps = (int) between(3, 5);
    long t = start(reps * 7 + 2);
    for (int r = 0; r < reps; r++) {
      long value = flow(1_000, 9_000, 300, 9_000);
      add(t, account(), mules[0], value, "inflow");
      long s = t;
      for (int m = 0; m < mules.length; m++) {
        s += between(HOUR, 24 * HOUR);
        value = percentOf(value, 90, 98);
        add(s, mules[m], m + 1 < mules.length ? mules[m + 1] : exit, value, m + 1 < mules.length ? "forward" : "exit");
      }
      t += between(3 * DAY, 7 * DAY);
    }
  }

  private void structuring() {
    int collector = account();
    int[] smurfs = accounts((int) between(1, 4));
    int n = (int) between(5, 10);
    long t = start(n + 2);
    for (int i = 0; i < n; i++) {
      add(t + random.nextLong(8 * HOUR), smurfs[i % smurfs.length], collector, amount(9_000, 9_990), "deposit");
      t += DAY;
    }
  }

  private void scamCentre() {
    int[] victims = accounts((int) between(15, 30));
    int[] mules = accounts((int) between(4, 6));
    int[] collectors = collectors((int) between(1, 2));
    int[] layers = accounts((int) between(3, 6));
    int[] cashOut = accounts((int) between(1, 2));
    long t0 = start(35);
    long[] collected = new long[collectors.length];
    long lastCollected = t0;
    for (int v = 0; v < victims.length; v++) {
      int payments = (int) between(1, 3);
      int m = v % mules.length;
      // the last mule feeds the second collector (when there is one), all others the main collector
      int c = m == mules.length - 1 ? collectors.length - 1 : 0;
      long t = t0 + random.nextLong(14 * DAY);
      for (int p = 0; p < payments; p++) {
        long value = flow(500, 9_800, 100, 9_800);
        add(t, victims[v], mules[m], value, "victim_payment");
        long forwarded = percentOf(value, 85, 95);
        long first = forwarded * between(40, 60) / 100;
        long tf = t + between(2 * HOUR, 20 * HOUR);
        add(tf, mules[m], collectors[c], first, "mule_forward");
        long tf2 = tf + between(5 * 60, 10 * HOUR);
        add(tf2, mules[m], collectors[c], forwarded - first, "mule_forward");
        collected[c] += forwarded;
        lastCollected = Math.max(lastCollected, tf2);
        t += between(DAY, 5 * DAY);
      }
    }
    long tl = lastCollected + between(HOUR, DAY);
    long pool = collected[0];
    if (collectors.length > 1) {
      long swept = percentOf(collected[1], 97, 99);
      add(tl, collectors[1], collectors[0], swept, "consolidation");
      pool += swept;
      tl += between(HOUR, 6 * HOUR);
    }
    long each = percentOf(pool, 95, 99) / layers.length;
    for (int l = 0; l < layers.length; l++) {
      long t = tl + random.nextLong(6 * HOUR);
      add(t, collectors[0], layers[l], each, "layering");
      add(t + between(12 * HOUR, 48 * HOUR), layers[l], cashOut[l % cashOut.length], each - amount(10, 200), "cash_out");
    }
  }
}
