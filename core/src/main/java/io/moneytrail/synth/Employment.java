package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Who works for whom: each employer's pay day, the second its salary run starts and its employees
 * (active person numbers, CSR: employer {@code e}'s are {@code employee[employeeStart[e] ..
 * employeeStart[e+1]-1]}). Six in ten employers pay on the 25th-28th, then the 15th, the 1st, or
 * any day 1-28; runs start 00:00-06:00.
 */
final class Employment {
  final byte[] payDay;
  final int[] paySecond;
  final int[] employeeStart;
  final int[] employee;

  /** @param employerOf the employer of each active person */
  Employment(int employers, int[] employerOf, SplittableRandom r) {
    payDay = new byte[employers];
    paySecond = new int[employers];
    for (int e = 0; e < employers; e++) {
      int k = r.nextInt(100);
      payDay[e] = (byte) (k < 60 ? 25 + r.nextInt(4) : k < 75 ? 15 : k < 85 ? 1 : 1 + r.nextInt(28));
      paySecond[e] = Draws.between(r, 0, 6);
    }
    employeeStart = new int[employers + 1];
    employee = Csr.groupBy(employerOf, employers, employeeStart, employerOf.length);
  }

  int employers() {
    return payDay.length;
  }
}
