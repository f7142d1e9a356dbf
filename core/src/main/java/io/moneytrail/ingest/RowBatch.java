package io.moneytrail.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run of consecutive rows of one file as the {@link RowScanner} found them, handed from the
 * reading thread to the loading thread. A row is a blank line (no cells), a row with its decoded
 * cells, or a row with a {@link RowFault} (no cells). The batch keeps a copy of its rows' bytes, so
 * that a row's original text can be shown when it is rejected, and so that the scanner can reuse
 * its buffer. Batches are reused once loaded ({@link #clear()}), so that reading works in a fixed
 * amount of memory.
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
  byte[] bytes = new byte[1 << 16]; // the rows' bytes, one after the other
  int used;
  final int[] start = new int[MAX_ROWS];
  final int[] end = new int[MAX_ROWS];
  final boolean[] ascii = new boolean[MAX_ROWS];
  final RowFault[] fault = new RowFault[MAX_ROWS];
  final int[] cellStart = new int[MAX_ROWS + 1];
  String[] cells = new String[MAX_ROWS * 8];

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
    return new String(bytes, start[row], end[row] - start[row], ascii[row] ? StandardCharsets.ISO_8859_1 : charset);
  }

  void addCell(String cell) {
    int at = cellStart[size + 1]++;
    if (at == cells.length) {
      cells = Arrays.copyOf(cells, cells.length * 2);
    }
    cells[at] = cell;
  }

  /** Empties the batch for reuse. */
  void clear() {
    size = 0;
    used = 0;
    cellStart[0] = 0;
  }

  /** @return the bytes the batch holds (for its budget) */
  int byteCount() {
    return used;
  }

  /** Starts a row, copying its bytes {@code data[from, to)} (none for a faulty row); its cells follow with {@link #addCell}. */
  void beginRow(long firstLine, int lineCount, long byteOffset, byte[] data, int from, int to, boolean isAscii,
      RowFault rowFault) {
    line[size] = firstLine;
    lines[size] = lineCount;
    offset[size] = byteOffset;
    int n = data == null ? 0 : to - from;
    if (used + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(used + n, bytes.length * 2));
    }
    if (n > 0) {
      System.arraycopy(data, from, bytes, used, n);
    }
    start[size] = used;
    end[size] = used + n;
    used += n;
    ascii[size] = isAscii;
    fault[size] = rowFault;
    cellStart[size + 1] = cellStart[size];
  }

  void endRow() {
    size++;
  }
}
