package io.moneytrail.analysis.patterns;

import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A pass-through (mule) account in one currency, with its episodes.
 *
 * @param account the account key
 * @param currency the currency of every amount of this finding
 * @param episodes the pass-through episodes, by inflow time then ledger order
 * @param transactions ids of every episode's inflow and onward payments, by time then ledger order
 * @param start time of the first episode's inflow
 * @param end time of the last onward payment of any episode
 * @param totals sum of the episodes' inflows (one entry, in {@code currency})
 * @param passedOn sum of the amounts of the episodes' inflows that were paid onward
 * @param totalIn everything the account received from others in this currency, over the ledger
 * @param totalOut everything the account paid to others in this currency, over the ledger
 * @param retention the account's overall retention {@code (totalIn - totalOut) / totalIn}, rounded
 *     half-even to 4 decimals; negative when it paid out more than it received in the ledger
 * @param options the rule's options
 */
public record MuleFinding(String account, String currency, List<Episode> episodes, List<String> transactions,
    Instant start, Instant end, List<Money> totals, Money passedOn, Money totalIn, Money totalOut,
    BigDecimal retention, MuleOptions options) implements PatternFinding {

  /** Copies the lists into unmodifiable ones. */
  public MuleFinding {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(currency, "currency");
    episodes = List.copyOf(episodes);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    Objects.requireNonNull(passedOn, "passedOn");
    Objects.requireNonNull(totalIn, "totalIn");
    Objects.requireNonNull(totalOut, "totalOut");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(options, "options");
  }

  /**
   * One inflow of which at least the ratio was paid onward within the delay.
   *
   * @param inflow id of the incoming payment
   * @param sender who paid it
   * @param received when it arrived
   * @param amount its amount
   * @param outflows the onward payments allocated to it (first in, first out), by time
   * @param passedOn the total allocated to it from those payments
   * @param delay from the inflow to the onward payment with which the passed-on part reached the ratio
   */
  public record Episode(String inflow, String sender, Instant received, Money amount, List<Outflow> outflows,
      Money passedOn, Duration delay) {

    /** Copies the outflows into an unmodifiable list. */
    public Episode {
      Objects.requireNonNull(inflow, "inflow");
      outflows = List.copyOf(outflows);
    }
  }

  /**
   * An onward payment, or the part of it, allocated to an episode's inflow.
   *
   * @param transaction id of the outgoing payment
   * @param receiver who received it
   * @param time when it was paid
   * @param amount its full amount
   * @param allocated the part of it allocated to this episode's inflow
   */
  public record Outflow(String transaction, String receiver, Instant time, Money amount, Money allocated) {}
}
