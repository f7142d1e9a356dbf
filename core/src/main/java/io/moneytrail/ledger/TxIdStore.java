package io.moneytrail.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Transaction ids held compactly: UTF-8 bytes in one array plus an offset per row (about
 * id-length + 4 bytes a row, against ~100 for a dictionary-encoded string column of unique values).
 */
final class TxIdStore {
  private byte[] bytes;
  private int[] offsets; // offsets[i] = start of id i; offsets[size] = end
  private int size;
  private volatile int[] hashIndex; // open addressing: row + 1, 0 = empty

  TxIdStore(int expectedRows) {
    bytes = new byte[Math.max(16, expectedRows * 10)];
    offsets = new int[Math.max(2, expectedRows + 1)];
  }

  void add(String id) {
    int n = id.length();
    int end = offsets[size];
    ensureBytes(end + n * 3);
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      bytes[end + i] = (byte) c;
    }
    if (ascii) {
      end += n;
    } else {
      byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
      System.arraycopy(utf8, 0, bytes, end, utf8.length);
      end += utf8.length;
    }
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1) + 2);
    }
    offsets[++size] = end;
  }

  private void ensureBytes(int needed) {
    if (needed > bytes.length) {
      long grown = Math.max((long) needed, bytes.length + ((long) bytes.length >> 1));
      if (grown > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("transaction ids exceed 2 GiB");
      }
      bytes = Arrays.copyOf(bytes, (int) grown);
    }
  }

  void trim() {
    bytes = Arrays.copyOf(bytes, offsets[size]);
    offsets = Arrays.copyOf(offsets, size + 1);
  }

  int size() {
    return size;
  }

  String get(int row) {
    int start = offsets[row];
    return new String(bytes, start, offsets[row + 1] - start, StandardCharsets.UTF_8);
  }

  /** @return the first row holding this id, or -1 */
  int indexOf(String id) {
    int[] index = index();
    byte[] key = id.getBytes(StandardCharsets.UTF_8);
    int mask = index.length - 1;
    for (int slot = hash(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
      int entry = index[slot];
      if (entry == 0) {
        return -1;
      }
      int row = entry - 1;
      int start = offsets[row];
      if (Arrays.equals(bytes, start, offsets[row + 1], key, 0, key.length)) {
        return row;
      }
    }
  }

  /** @return how many rows repeat an id seen on an earlier row */
  int duplicateCount() {
    int[] index = new int[tableSize()];
    int duplicates = 0;
    for (int row = 0; row < size; row++) {
      if (!insert(index, row)) {
        duplicates++;
      }
    }
    return duplicates;
  }

  private int[] index() {
    int[] index = hashIndex;
    if (index == null) {
      synchronized (this) {
        index = hashIndex;
        if (index == null) {
          index = new int[tableSize()];
          for (int row = 0; row < size; row++) {
            insert(index, row);
          }
          hashIndex = index;
        }
      }
    }
    return index;
  }

  private int tableSize() {
    return Integer.highestOneBit(Math.max(4, size * 2)) << 1;
  }

  /** @return false when an equal id is already present */
  private boolean insert(int[] index, int row) {
    int start = offsets[row];
    int end = offsets[row + 1];
    int mask = index.length - 1;
    for (int slot = hash(bytes, start, end) & mask; ; slot = (slot + 1) & mask) {
      int entry = index[slot];
      if (entry == 0) {
        index[slot] = row + 1;
        return true;
      }
      int other = entry - 1;
      if (Arrays.equals(bytes, offsets[other], offsets[other + 1], bytes, start, end)) {
        return false;
      }
    }
  }

  private static int hash(byte[] a, int from, int to) {
    int h = 0x9E3779B9;
    for (int i = from; i < to; i++) {
      h = 31 * h + a[i];
    }
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
