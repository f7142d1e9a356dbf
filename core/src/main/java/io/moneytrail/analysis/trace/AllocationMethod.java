package io.moneytrail.analysis.trace;

/**
 * How traced money is told apart from other money once both sit in one account.
 *
 * <p>Every account is modelled as a pool of funds fed by its recorded inflows (opening balance
 * zero). The method decides which part of the pool an outflow takes. Within one transaction's
 * lot, traced and untraced money are mixed evenly (a partial take carries each in proportion).
 */
public enum AllocationMethod {
  /** First in, first out (Clayton's case): an outflow takes the oldest funds first. */
  FIFO,
  /** Last in, first out: an outflow takes the newest funds first. */
  LIFO,
  /** Haircut (proportional): each outflow carries the traced share of the pool at that moment. */
  HAIRCUT,
  /**
   * Poison: every outflow from an account that holds traced funds counts as wholly traced. An upper
   * bound, not an allocation: amounts are not conserved.
   */
  POISON
}
