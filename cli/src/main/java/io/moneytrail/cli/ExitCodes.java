package io.moneytrail.cli;

/** The process exit codes: a public contract that scripts rely on. */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;
  /** A check (such as verify) found differences. */
  static final int DIFFERENT = 1;
  /** Bad command-line usage. */
  static final int USAGE = 2;
  /** Bad input data: unreadable file, missing columns, a bad row in strict mode, unknown ids. */
  static final int INPUT = 3;
  /** A defect in moneytrail itself: a one-line message instead of a stack trace. */
  static final int INTERNAL = 4;

  private ExitCodes() {}
}
