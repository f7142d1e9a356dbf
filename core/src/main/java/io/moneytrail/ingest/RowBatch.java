package io.moneytrail.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run of consecutive rows of one file as the {@link RowScanner} found them, handed from the
 * reading thread to the loading thread. A row is a blank line (no cells), a row with its decoded
 * cells, or a row with a {@link RowFault} (no cells). Each row keeps where its bytes are, so that its
 * original text can be shown when it is rejected.
 */
final class RowBatch {
  /** Rows per batch at most. */
  static final int MAX_ROWS = 4096;
  /** Cells per batch at most (a batch ends early when rows have very many fields). */
  static final int MAX_CELLS = 1 << 16;

  final Charset charset;
  int size;
  final long[] line = new long[MAX_ROWS];
  final int[] lines = new int[MAX_ROWS];
  final long[] offset = new long[MAX_ROWS];
  final byte[][] data = new byte[MAX_ROWS][];
  final int[] start = new int[MAX_ROWS];
  final int[] end = new int[MAX_ROWS];
  final boolean[] ascii = new boolean[MAX_ROWS];
  final RowFault[] fault = new RowFault[MAX_ROWS];
  final int[] cellStart = new int[MAX_ROWS + 1];
  String[] cells = new String[1024];

  RowBatch(Charset charset) {
    this.charset = charset;
  }

  boolean full() {
    return size == MAX_ROWS || cellStart[size] >= MAX_CELLS;
  }

  /** @return the number of cells of a row (0 for a blank line or a faulty row) */
  int cellCount(int row) {
    return cellStart[row + 1] - cellStart[row];
  }

  /** @return a cell's text (null for a column the reader did not ask for) */
  String cell(int row, int column) {
    return cells[cellStart[row] + column];
  }

  boolean blank(int row) {
    return fault[row] == null && cellCount(row) == 0;
  }

  /** @return the row's text as in the file (valid in its encoding), without its own line break */
  String raw(int row) {
    if (fault[row] != null) {
      return fault[row].raw();
    }
    return new String(data[row], start[row], end[row] - start[row], ascii[row] ? StandardCharsets.ISO_8859_1 : charset);
  }

  void addCell(String cell) {
    int at = cellStart[size + 1]++;
    if (at == cells.length) {
      cells = Arrays.copyOf(cells, cells.length * 2);
    }
    cells[at] = cell;
  }

  /** Starts a row; its cells follow with {@link #addCell}. */
  void beginRow(long firstLine, int lineCount, long byteOffset, byte[] bytes, int from, int to, boolean isAscii,
      RowFault rowFault) {
    line[size] = firstLine;
    lines[size] = lineCount;
    offset[size] = byteOffset;
    data[size] = bytes;
    start[size] = from;
    end[size] = to;
    ascii[size] = isAscii;
    fault[size] = rowFault;
    cellStart[size + 1] = cellStart[size];
  }

  void endRow() {
    size++;
  }
}
