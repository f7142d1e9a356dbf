package io.moneytrail.cli.options;

/** An input problem found by a command (unknown account, unreadable side file): exit code 3. */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the file or value */
  public InputException(String message) {
    super(message);
  }
}
