package io.moneytrail.spark;

/**
 * Input that cannot be loaded on Spark: a missing or unreadable path, a file of another format than
 * the first, a file core's reader refuses (the message is core's, naming the file as given), or a
 * Parquet column of a type that cannot hold the field exactly. The CLI maps it to exit code 3.
 */
public final class SparkInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message one line naming the file and what is wrong */
  public SparkInputException(String message) {
    super(message);
  }
}
