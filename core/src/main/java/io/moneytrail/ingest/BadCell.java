package io.moneytrail.ingest;

/** A cell that cannot be read, with the reason. Stackless: rejects are part of normal loading. */
final class BadCell extends Exception {
  private static final long serialVersionUID = 1L;

  BadCell(String reason) {
    super(reason, null, false, false);
  }
}
