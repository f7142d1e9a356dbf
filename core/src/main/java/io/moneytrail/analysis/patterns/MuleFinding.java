package io.moneytrail.analysis.patterns;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.Trees;
import io.moneytrail.ledger.RowList;
import io.moneytrail.ledger.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pass-through (mule) account in one currency, with its episodes.
 *
 * @param account the account key
 * @param currency the currency of every amount of this finding
 * @param episodes the pass-through episodes, by inflow time then ledger order
 * @param transactions ids of every episode's inflow and onward payments, by time then ledger order
 * @param rows the ledger rows of those payments, same order
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
    RowList rows, Instant start, Instant end, List<Money> totals, Money passedOn, Money totalIn, Money totalOut,
    BigDecimal retention, MuleOptions options) implements Finding {

  /** The columns of {@link #toRow()}. */
  public static final List<String> COLUMNS = List.of("kind", "account", "currency", "episodes", "retention", "start",
      "end", "total", "passed_on", "total_in", "total_out", "transaction_count", "transactions", "rule");

  /** Copies the lists into unmodifiable ones. */
  public MuleFinding {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(currency, "currency");
    episodes = List.copyOf(episodes);
    transactions = List.copyOf(transactions);
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    totals = List.copyOf(totals);
    Objects.requireNonNull(passedOn, "passedOn");
    Objects.requireNonNull(totalIn, "totalIn");
    Objects.requireNonNull(totalOut, "totalOut");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(options, "options");
  }

  @Override
  public Detector detector() {
    return Detector.MULES;
  }

  /** @return the account */
  @Override
  public List<String> subjects() {
    return List.of(account);
  }

  /** @return episodes over the rule's least number, less one (full at twice) */
  @Override
  public double exceedance() {
    return Finding.beyond(episodes.size(), options.minEpisodes());
  }

  /**
   * @return the share of the episodes' inflows passed on, times the share of the onward payments'
   *     amounts that is that money (an onward payment far larger than the inflow spends a balance,
   *     it does not pass money through), less for slow onward payments (times
   *     {@code 1 - 0.5 * mean delay / maxDelay})
   */
  @Override
  public double passThrough() {
    double share = Finding.share(List.of(passedOn), totals);
    double delay = 0;
    for (Episode e : episodes) {
      delay += e.delay().toMillis();
    }
    double max = Math.max(1, options.maxDelay().toMillis());
    java.util.Map<String, Long> outflows = new java.util.HashMap<>();
    long allocated = 0;
    for (Episode e : episodes) {
      for (Outflow o : e.outflows()) {
        outflows.put(o.transaction(), o.amount().minorUnits());
        allocated += o.allocated().minorUnits();
      }
    }
    long paid = outflows.values().stream().mapToLong(Long::longValue).sum();
    double own = paid <= 0 ? 0 : Math.min(1, (double) allocated / paid);
    return share * own * (1 - 0.5 * Math.min(1, delay / Math.max(1, episodes.size()) / max));
  }

  /** @return account and currency (mule findings are sorted by start, account, currency) */
  @Override
  public List<String> orderKeys() {
    return List.of(account, currency);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Mules: {@code account}, {@code episodes} (each: {@code inflow} id, {@code sender},
   * {@code received}, {@code amount}, {@code passedOn}, {@code delay} as an ISO-8601 duration, and
   * {@code outflows}, each with {@code transaction}, {@code receiver}, {@code time}, {@code amount},
   * {@code allocated}), {@code retention} (decimal string, 4 places), then the common evidence
   * ({@code total}: the episodes' inflows), then {@code passedOn}, {@code totalIn} and
   * {@code totalOut} (decimal strings in {@code currency}).
   */
  @Override
  public Map<String, Object> toJsonTree() {
    Map<String, Object> tree = Trees.start(this);
    tree.put("account", account);
    List<Object> list = new ArrayList<>(episodes.size());
    for (Episode e : episodes) {
      list.add(e.toJsonTree());
    }
    tree.put("episodes", list);
    tree.put("retention", retention.toPlainString());
    Trees.evidence(tree, this);
    tree.put("passedOn", passedOn.toDecimalString());
    tree.put("totalIn", totalIn.toDecimalString());
    tree.put("totalOut", totalOut.toDecimalString());
    tree.put("rule", rule());
    return tree;
  }

  @Override
  public List<String> toRow() {
    return List.of(detector().id(), account, currency, Integer.toString(episodes.size()), retention.toPlainString(),
        start.toString(), end.toString(), Trees.total(totals), passedOn.toDecimalString(), totalIn.toDecimalString(),
        totalOut.toDecimalString(), Integer.toString(transactions.size()), Trees.join(transactions), rule());
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

    /** @return the episode as a JSON-ready tree (see {@link MuleFinding#toJsonTree()}) */
    public Map<String, Object> toJsonTree() {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("inflow", inflow);
      tree.put("sender", sender);
      tree.put("received", received.toString());
      tree.put("amount", amount.toDecimalString());
      tree.put("passedOn", passedOn.toDecimalString());
      tree.put("delay", delay.toString());
      List<Object> out = new ArrayList<>(outflows.size());
      for (Outflow o : outflows) {
        out.add(o.toJsonTree());
      }
      tree.put("outflows", out);
      return tree;
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
  public record Outflow(String transaction, String receiver, Instant time, Money amount, Money allocated) {

    /** @return the outflow as a JSON-ready tree (see {@link MuleFinding#toJsonTree()}) */
    public Map<String, Object> toJsonTree() {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("transaction", transaction);
      tree.put("receiver", receiver);
      tree.put("time", time.toString());
      tree.put("amount", amount.toDecimalString());
      tree.put("allocated", allocated.toDecimalString());
      return tree;
    }
  }
}
