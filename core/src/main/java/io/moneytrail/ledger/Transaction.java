package io.moneytrail.ledger;

import java.time.Instant;

/**
 * One loaded transaction: a payment of an exact amount from one account to another at an instant.
 *
 * @param row the transaction's position in the ledger (0-based ledger order)
 * @param id the transaction id from the input (or the 1-based data row number where the format
 *     has none)
 * @param timestamp when the payment was made
 * @param from the paying account key
 * @param to the receiving account key
 * @param amount the exact amount paid, with its currency
 */
public record Transaction(int row, String id, Instant timestamp, String from, String to, Money amount) {

  /** @return true when the payer and the receiver are the same account */
  public boolean isSelfTransfer() {
    return from.equals(to);
  }
}
