package io.moneytrail.synth;

/** Roles of transactions in benign look-alike groups, with the names written in the benign file. */
enum BenignRole {
  SALARY("salary"),
  PURCHASE("purchase"),
  RENT("rent"),
  BILL("bill"),
  LOAN("loan"),
  PASS_ON("pass_on"),
  REPAYMENT("repayment"),
  TO_SAVINGS("to_savings"),
  FROM_SAVINGS("from_savings"),
  SHARE("share"),
  TOP_UP("top_up"),
  PAYOUT("payout"),
  PAYMENT("payment");

  private static final BenignRole[] VALUES = values();
  private final String label;

  BenignRole(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static BenignRole of(int ordinal) {
    return VALUES[ordinal];
  }
}
