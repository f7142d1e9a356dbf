package io.moneytrail.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Who uses which exchange or payment processor: {@value #EXCHANGE_USERS} in a hundred persons use
 * an exchange, {@value #PROCESSOR_USERS} a processor, each one platform chosen with a tail towards
 * the first ({@code n * u^2}). Users (person numbers) are CSR by platform: exchanges {@code 0 ..
 * X-1}, then processors.
 */
final class PlatformUsers {
  /** Share of persons (per hundred) that use a crypto exchange. */
  static final int EXCHANGE_USERS = 12;
  /** Share of persons (per hundred) that use a payment processor. */
  static final int PROCESSOR_USERS = 25;

  final int[] userStart;
  final int[] user;
  /** The platform of each slot of {@link #user}. */
  final byte[] platformOf;

  PlatformUsers(int exchanges, int processors, int persons, SplittableRandom r) {
    int platforms = exchanges + processors;
    int[] of = new int[persons];
    for (int p = 0; p < persons; p++) {
      int k = r.nextInt(100);
      double v = r.nextDouble();
      of[p] = k < EXCHANGE_USERS ? (int) (exchanges * v * v)
          : k < EXCHANGE_USERS + PROCESSOR_USERS ? exchanges + (int) (processors * v * v) : -1;
    }
    userStart = new int[platforms + 1];
    user = Csr.groupBy(of, platforms, userStart, persons);
    platformOf = new byte[user.length];
    for (int x = 0; x < platforms; x++) {
      Arrays.fill(platformOf, userStart[x], userStart[x + 1], (byte) x);
    }
  }
}
