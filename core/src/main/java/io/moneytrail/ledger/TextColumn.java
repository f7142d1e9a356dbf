package io.moneytrail.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * One extra or label column of a ledger: a dictionary of distinct cell texts and one int code per
 * row (such columns hold few distinct values: bank codes, channels, labels). Appended while the
 * ledger is built, read-only afterwards. Holds no Tablesaw types, so the ledger and the analyses
 * work without Tablesaw on the class path.
 */
final class TextColumn {
  private final String name;
  private final HashMap<String, Integer> codes = new HashMap<>();
  private final List<String> values = new ArrayList<>();
  private int[] rows = new int[16];
  private int size;

  TextColumn(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  void append(String cell) {
    Integer code = codes.get(cell);
    if (code == null) {
      code = values.size();
      codes.put(cell, code);
      values.add(cell);
    }
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, size + (size >> 1) + 16);
    }
    rows[size++] = code;
  }

  /** Drops the spare capacity and the lookup map once the ledger is built. */
  void trim() {
    rows = Arrays.copyOf(rows, size);
    codes.clear();
  }

  String get(int row) {
    return values.get(rows[row]);
  }

  int size() {
    return size;
  }
}
