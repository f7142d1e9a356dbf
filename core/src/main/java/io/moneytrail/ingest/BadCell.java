package io.moneytrail.ingest;

/** A cell that cannot be read, with the reason. Stackless: rejects are part of normal loading. */
final class BadCell extends Exception {
  private static final long serialVersionUID = 1L;

  private final int column;

  BadCell(String reason) {
    this(reason, -1);
  }

  /** A fault in another column than the one being read (e.g. the bank of a bank-qualified account). */
  BadCell(String reason, int column) {
    super(reason, null, false, false);
    this.column = column;
  }

  int column() {
    return column;
  }
}
