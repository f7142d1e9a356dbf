package io.moneytrail.cli;

/** The {@code moneytrail} executable. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its code: 0 success, 1 a check found differences,
   * 2 usage error, 3 input error.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(MoneytrailCommand.commandLine().execute(args));
  }
}
