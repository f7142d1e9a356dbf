package io.moneytrail.synth;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The generated period's days: day of month and month number (0 = the first day's month) of each. */
final class Calendar {
  /** Monthly flows (salary, rent, bills) fall on days 1 to 28 of a month, so every month has them. */
  static final int LAST_SCHEDULED_DAY_OF_MONTH = 28;

  private final byte[] dayOfMonth;
  private final int[] month;
  private final int months;

  Calendar(GeneratorOptions options) {
    int days = options.days();
    dayOfMonth = new byte[days];
    month = new int[days];
    LocalDate first = LocalDate.ofInstant(options.start(), ZoneOffset.UTC);
    int m = 0;
    for (int d = 0; d < days; d++) {
      LocalDate date = first.plusDays(d);
      if (d > 0 && date.getDayOfMonth() == 1) {
        m++;
      }
      dayOfMonth[d] = (byte) date.getDayOfMonth();
      month[d] = m;
    }
    months = m + 1;
  }

  int days() {
    return dayOfMonth.length;
  }

  /** @return the day of month (1-31) of day {@code day} of the period */
  int dayOfMonth(int day) {
    return dayOfMonth[day];
  }

  /** @return the month (0-based from the first day's month) of day {@code day} */
  int month(int day) {
    return month[day];
  }

  /** @return how many calendar months the period touches */
  int months() {
    return months;
  }
}
