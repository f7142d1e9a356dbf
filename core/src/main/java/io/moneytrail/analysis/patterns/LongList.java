package io.moneytrail.analysis.patterns;

import java.util.Arrays;

/** A growable list of longs without boxing. Not thread-safe. */
final class LongList {
  private long[] data = new long[8];
  private int size;

  void add(long value) {
    if (size == data.length) {
      data = Arrays.copyOf(data, size * 2);
    }
    data[size++] = value;
  }

  long get(int i) {
    return data[i];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }
}
