package io.moneytrail.analysis.trace;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a trace starts: an account's money or one transaction.
 *
 * <p>The start's time window is {@link TraceOptions#since()} to {@link TraceOptions#until()}.
 */
public sealed interface TraceStart permits TraceStart.FromAccount, TraceStart.FromTransaction {

  /**
   * Starts from an account's money in the window.
   *
   * <p>Forward, the start is the money the account pays in the window (its outflows), backward the
   * money it receives in the window (its inflows). Without an amount, every such transaction is
   * traced in full. With an amount, only that much is traced, taken in trace order: forward the
   * earliest outflows first, backward the latest inflows first (the last transaction may be traced
   * in part).
   *
   * @param account the account key as in the ledger
   * @param amount how much to trace (exact decimal in the trace currency, &gt; 0), or empty for all
   * @param currency the trace currency, or empty to take the one the account uses in the window
   *     (required when it uses several)
   */
  record FromAccount(String account, Optional<BigDecimal> amount, Optional<String> currency) implements TraceStart {
    /** Validates: account not blank, amount positive. */
    public FromAccount {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(currency, "currency");
      if (account.isEmpty()) {
        throw new io.moneytrail.analysis.OptionException("from", "", "must not be empty");
      }
      if (amount.isPresent() && amount.get().signum() <= 0) {
        throw new io.moneytrail.analysis.OptionException("amount", amount.get().toPlainString(), "must be > 0, was "
            + amount.get().toPlainString());
      }
    }
  }

  /**
   * Starts from one transaction: its whole amount, in its currency, is traced (forward: from its
   * receiver on; backward: from its payer back).
   *
   * @param txId the transaction id (the first row with it when ids repeat)
   */
  record FromTransaction(String txId) implements TraceStart {
    /** Validates: id not null. */
    public FromTransaction {
      Objects.requireNonNull(txId, "txId");
    }
  }

  /**
   * @param account account key
   * @return a start from all of the account's money in the window
   */
  static TraceStart account(String account) {
    return new FromAccount(account, Optional.empty(), Optional.empty());
  }

  /**
   * @param account account key
   * @param amount how much to trace
   * @return a start from that amount of the account's money
   */
  static TraceStart account(String account, BigDecimal amount) {
    return new FromAccount(account, Optional.of(amount), Optional.empty());
  }

  /**
   * @param txId transaction id
   * @return a start from that transaction
   */
  static TraceStart transaction(String txId) {
    return new FromTransaction(txId);
  }
}
