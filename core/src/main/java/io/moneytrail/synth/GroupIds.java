package io.moneytrail.synth;

import java.util.Arrays;

/**
 * Numbers the benign look-alike groups of one kind 1, 2, 3, ... in order of generation: either one
 * group per (entity, period) pair, numbered when its first row is generated, or one per episode.
 */
final class GroupIds {
  private final int[] lastPeriod;
  private final long[] number;
  private long count;

  /** @param entities how many entities have (entity, period) groups; 0 for episode groups only */
  GroupIds(int entities) {
    lastPeriod = new int[entities];
    Arrays.fill(lastPeriod, Integer.MIN_VALUE);
    number = new long[entities];
  }

  /** @return the number of the group of {@code entity} in {@code period}, new when the period changed */
  long of(int entity, int period) {
    if (lastPeriod[entity] != period) {
      lastPeriod[entity] = period;
      number[entity] = ++count;
    }
    return number[entity];
  }

  /** @return the number of a new episode group */
  long next() {
    return ++count;
  }

  /** @return how many groups were numbered */
  long count() {
    return count;
  }
}
