package io.moneytrail.export;

/**
 * An export that cannot be made: the report changed, a case is unknown, a required value is missing,
 * or an input cannot be carried into the format.
 */
public final class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the export was refused. */
  public enum Kind {
    /** A file of the report (or an input) differs from the manifest. */
    CHANGED,
    /** A case asked for is not in the report. */
    UNKNOWN_CASE,
    /** A value the format requires is missing or invalid (names the key). */
    MISSING_VALUE,
    /**
     * An input cannot be used for the format: a side file that is too large, not UTF-8 or not what
     * it should be, or data the format cannot carry, such as a transaction in another currency
     * (names the file or the transaction).
     */
    BAD_INPUT
  }

  private final Kind kind;

  /**
   * @param kind why
   * @param message one line for people
   */
  public ExportException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** @return why the export was refused */
  public Kind kind() {
    return kind;
  }
}
