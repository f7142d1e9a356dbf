package io.moneytrail.synth;

import java.util.SplittableRandom;

/** Random draws shared by the generator's parts: amounts in minor units, seconds of the day, hashes. */
final class Draws {
  static final int HOUR = 3600;
  static final int DAY = 86_400;

  private Draws() {}

  /**
   * @return a log-normal amount in minor units: {@code median * exp(sigma * N(0,1))}, clamped to
   *     {@code [lo, hi]}
   */
  static long logNormal(SplittableRandom r, long medianMinor, double sigma, long loMinor, long hiMinor) {
    long v = Math.round(medianMinor * Math.exp(sigma * r.nextGaussian()));
    return Math.max(loMinor, Math.min(hiMinor, v));
  }

  /** @return an amount in minor units whose logarithm is uniform between those of lo and hi */
  static long logUniform(SplittableRandom r, long loMinor, long hiMinor) {
    double v = loMinor * Math.exp(r.nextDouble() * Math.log((double) hiMinor / loMinor));
    return Math.max(loMinor, Math.min(hiMinor, Math.round(v)));
  }

  /** @return {@code minor} rounded to a multiple of {@code unitMinor}, at least one unit */
  static long roundTo(long minor, long unitMinor) {
    return Math.max(unitMinor, (minor + unitMinor / 2) / unitMinor * unitMinor);
  }

  /** @return a second of the day in [fromHour, toHour) */
  static int between(SplittableRandom r, int fromHour, int toHour) {
    return fromHour * HOUR + r.nextInt((toHour - fromHour) * HOUR);
  }

  /** @return a waking-hours second (07:00-23:00), one in ten at any time of day */
  static int daytime(SplittableRandom r) {
    return r.nextInt(10) == 0 ? r.nextInt(DAY) : 7 * HOUR + r.nextInt(16 * HOUR);
  }

  /** @return a second of the same day 1 minute to 2 hours after {@code second} (at most 23:59:59) */
  static int after(SplittableRandom r, int second) {
    return Math.min(DAY - 1, second + 60 + r.nextInt(2 * HOUR));
  }

  /** @return SplitMix64's finaliser of {@code z}: a well-mixed 64-bit hash */
  static long mix(long z) {
    long x = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }

  /** @return a hash of (salt, a, b) mapped to [0, 1) */
  static double unit(long salt, long a, long b) {
    return (mix(salt ^ mix(a * 0x9E3779B97F4A7C15L + b)) >>> 11) * 0x1.0p-53;
  }
}
