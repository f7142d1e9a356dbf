package io.moneytrail.synth;

/** Background traffic produced one day at a time, in time order. */
interface Background {
  /** Generates day {@code day}'s rows (days 0, 1, ... in order); returns how many. */
  int fillDay(int day);

  /** @return the current day's rows, sorted by time */
  DayRows rows();
}
