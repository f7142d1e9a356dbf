package io.moneytrail.cli;

/** An input problem found by a command (unknown account, unreadable side file): exit code 3. */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
