package io.moneytrail.analysis.roles;

/** The part an account plays in a flagged flow of money. */
public enum Role {
  /** Money comes in from outside the flagged flow and goes out into it (victim-like when few, large). */
  SOURCE,
  /** Pass-through: passes on most of what it receives. */
  MULE,
  /** Fan-in hub: collects from many accounts, pays few. */
  COLLECTOR,
  /** Fan-out hub: receives from few accounts, pays many. */
  DISTRIBUTOR,
  /** Money rests or leaves the data: cash-out, exchange, unknown counterparty. */
  EXIT
}
