package io.moneytrail.cli;

/** The {@code moneytrail} executable. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its code: 0 success, 1 a check found differences, 2 usage
   * error, 3 input error, 4 internal error. Running out of memory, or any other error, is one line
   * on stderr and exit code 4, never a stack trace.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    int code;
    try {
      code = MoneytrailCommand.commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("moneytrail: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MiB): run java with a larger -Xmx, e.g. java -Xmx8g -jar moneytrail.jar ...");
      code = ExitCodes.INTERNAL;
    } catch (Throwable e) {
      System.err.println("moneytrail: internal error: " + e);
      code = ExitCodes.INTERNAL;
    }
    System.exit(code);
  }
}
