package io.moneytrail.analysis.patterns;

/** Which payments of an account a finding is about. */
public enum Direction {
  /** Payments the account made (it is the payer). */
  SENT,
  /** Payments the account received (it is the receiver). */
  RECEIVED
}
