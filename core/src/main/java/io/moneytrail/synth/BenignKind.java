package io.moneytrail.synth;

/**
 * Kinds of benign look-alike groups: ordinary flows that look like a laundering typology, written
 * by {@link ScenarioGenerator} to the optional benign file ({@code tx_id,kind,group_id,role}). A
 * group is what an analyst would see as one benign "case"; its id is the kind's label, a dash and
 * a zero-padded number ({@code payroll-0001}), numbered in order of generation.
 */
public enum BenignKind {
  /** One employer's salary run of one month (a fan-out); role {@code salary}. */
  PAYROLL("payroll"),
  /**
   * One marketplace or supermarket's incoming payments (card payments and groceries) on one of its
   * peak days (a fan-in burst); role {@code purchase}.
   */
  MERCHANT("merchant"),
  /**
   * One landlord's rents over the whole period, from the tenants that pay it directly (persons and
   * shops; a flat's rent is in the flat's {@link #SHARED_BILL} group); role {@code rent}.
   */
  LANDLORD("landlord"),
  /** One utility's direct-debit collection of one month (a fan-in); role {@code bill}. */
  UTILITY("utility"),
  /**
   * One loan between family or friends and its repayment, A to B and back, or A to B, B to C and C
   * to A (a cycle); roles {@code loan}, {@code pass_on}, {@code repayment}.
   */
  FAMILY_ROUND_TRIP("family_round_trip"),
  /**
   * One person's moves between their current and savings account in one pay cycle: most of the
   * salary out to savings shortly after payday, part of it back later (a pass-through); roles
   * {@code to_savings}, {@code from_savings}.
   */
  OWN_ACCOUNT_SWEEP("own_account_sweep"),
  /**
   * One flat's rent of one month: the flatmates pay their shares to the lead tenant, who pays the
   * whole rent to the landlord (fan-in and pass-through); roles {@code share}, {@code rent}.
   */
  SHARED_BILL("shared_bill"),
  /**
   * One crypto exchange's transactions with persons on one day: top-ups in, payouts out (a
   * gather-scatter); roles {@code top_up}, {@code payout}.
   */
  EXCHANGE("exchange"),
  /**
   * One payment processor's transactions with persons on one day: payments in, payouts out; roles
   * {@code payment}, {@code payout}.
   */
  PROCESSOR("processor");

  private final String label;

  BenignKind(String label) {
    this.label = label;
  }

  /** @return the name used in the benign file, e.g. {@code family_round_trip} */
  public String label() {
    return label;
  }
}
