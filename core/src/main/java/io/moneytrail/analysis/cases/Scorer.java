package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.graph.Relationships;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.RowList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The risk of one finding, component by component (see {@link RiskWeights}). */
final class Scorer {
  static final long DAY = 86_400_000L;
  /** How far around a finding a relationship may reach and still count as built for it. */
  static final long AROUND = 7 * DAY;
  /** A relationship with at least this many payments at near-fixed intervals is regular ... */
  static final int REGULAR_MIN_PAYMENTS = 3;
  /** ... the variation of its gaps (standard deviation over mean) being at most this. */
  static final double REGULAR_MAX_GAP_VARIATION = 0.35;
  /** A burst this many times the account's usual rate gives the full burst points. */
  static final double FULL_BURST = 16;
  private static final long[] THRESHOLDS = {10_000, 5_000, 3_000, 1_000};

  private final TemporalIndex index;
  private final Ledger ledger;
  private final Relationships relationships;
  private final RiskWeights weights;
  private final Hubs hubs;
  private final long dataStart;
  private final long establishedAfter;
  private final long roundUnit;
  private final long[] thresholdsMinor;

  Scorer(Relationships relationships, RiskWeights weights, Hubs hubs, long establishedAfter) {
    this.establishedAfter = establishedAfter;
    this.relationships = relationships;
    this.index = relationships.index();
    this.ledger = index.ledger();
    this.weights = weights;
    this.hubs = hubs;
    this.dataStart = index.size() == 0 ? Long.MAX_VALUE : index.time(index.byTime(0));
    long unit = 1;
    for (int i = 0; i < ledger.scale(); i++) {
      unit *= 10;
    }
    this.roundUnit = 100 * unit;
    this.thresholdsMinor = new long[THRESHOLDS.length];
    for (int i = 0; i < THRESHOLDS.length; i++) {
      thresholdsMinor[i] = THRESHOLDS[i] * unit;
    }
  }

  RiskScore score(Finding f) {
    List<RiskComponent> c = new ArrayList<>();
    c.add(new RiskComponent("base", weights.base(), 1, f.detector().title() + ": " + f.rule()));
    RowList rows = f.rows();
    long start = f.start().toEpochMilli();
    long end = f.end().toEpochMilli();
    int n = 0;
    int fresh = 0;
    int regular = 0;
    int round = 0;
    for (int i = 0; i < rows.size(); i++) {
      int r = rows.getInt(i);
      if (index.from(r) == index.to(r)) {
        continue;
      }
      n++;
      if (relationships.pairFirst(r) >= start - AROUND && relationships.pairLast(r) <= end + AROUND) {
        fresh++;
      }
      if (relationships.pairCount(r) >= REGULAR_MIN_PAYMENTS && relationships.established(r, establishedAfter)
          && relationships.pairGapVariation(r) <= REGULAR_MAX_GAP_VARIATION) {
        regular++;
      }
      if (roundOrJustBelow(index.amount(r))) {
        round++;
      }
    }
    if (n > 0) {
      add(c, "newRelationships", weights.newRelationships(), (double) fresh / n,
          fresh + " of " + n + " transactions on relationships that exist only around this finding");
      add(c, "regularFlows", -weights.regularFlows(), (double) regular / n,
          regular + " of " + n + " transactions on regular, established relationships (3 or more payments at "
              + "near-fixed intervals, over more than " + io.moneytrail.analysis.Durations.human(
              java.time.Duration.ofMillis(establishedAfter)) + ")");
      add(c, "amounts", weights.amounts(), (double) round / n,
          round + " of " + n + " amounts round (whole hundreds) or just below a reporting threshold");
    }
    burst(c, f, rows, start, end);
    OptionalInt anchor = ledger.accounts().id(f.subjects().get(0));
    if (anchor.isPresent()) {
      int a = anchor.getAsInt();
      if (hubs.isHub(a)) {
        add(c, "hub", -weights.hub(), 1, f.subjects().get(0) + " is a hub: " + relationships.counterparties(a)
            + " distinct counterparties (the ledger's median is " + relationships.medianCounterparties() + ")");
      }
    }
    add(c, "passThrough", weights.passThrough(), f.passThrough(), passThroughDetail(f));
    add(c, "exceedance", weights.exceedance(), f.exceedance(), "beyond the rule's threshold: "
        + percent(f.exceedance()) + " of the way to twice it");
    newAccount(c, f, start);
    if (f.detector() == Detector.CYCLES && f.subjects().size() == 2) {
      add(c, "twoPartyCycle", -weights.twoPartyCycle(), 1, "a cycle between two accounts only ("
          + f.subjects().get(0) + " and " + f.subjects().get(1) + "), as loans look");
    }
    return RiskScore.of(c);
  }

  /**
   * The burst of each subject (its transactions in the finding per day against its usual rate),
   * averaged over the subjects (at most ten, in the finding's order).
   */
  private void burst(List<RiskComponent> c, Finding f, RowList rows, long start, long end) {
    long span = Math.max(DAY, end - start);
    double sum = 0;
    int counted = 0;
    String detail = "";
    for (String subject : f.subjects()) {
      if (counted == 10) {
        break;
      }
      OptionalInt id = ledger.accounts().id(subject);
      if (id.isEmpty()) {
        continue;
      }
      int a = id.getAsInt();
      int inFinding = 0;
      for (int i = 0; i < rows.size(); i++) {
        int r = rows.getInt(i);
        if (index.from(r) == a || index.to(r) == a) {
          inFinding++;
        }
      }
      int other = Math.max(0, relationships.transactions(a) - inFinding);
      long life = Math.max(30 * DAY, relationships.lastActive(a) - relationships.firstActive(a));
      long otherTime = Math.max(DAY, life - span);
      double ratio = (inFinding / (double) span) / (Math.max(1, other) / (double) otherTime);
      sum += Math.max(0, Math.min(1, Math.log(Math.max(1, ratio)) / Math.log(FULL_BURST)));
      if (counted == 0) {
        detail = String.format(Locale.ROOT, "%s made %d transactions in the finding's %s, %.1f times its usual rate "
            + "(%d others over the rest of its activity)", subject, inFinding, days(span), ratio, other);
      }
      counted++;
    }
    if (counted > 1) {
      detail += "; averaged over " + counted + " subjects";
    }
    add(c, "burst", weights.burst(), counted == 0 ? 0 : sum / counted, detail);
  }

  private void newAccount(List<RiskComponent> c, Finding f, long start) {
    for (String subject : f.subjects()) {
      OptionalInt id = ledger.accounts().id(subject);
      if (id.isEmpty()) {
        continue;
      }
      int a = id.getAsInt();
      long firstSeen = relationships.firstActive(a);
      if (firstSeen >= dataStart + 30 * DAY && firstSeen >= start - 30 * DAY) {
        add(c, "newAccount", weights.newAccount(), 1, subject + " first became active " + days(Math.max(0,
            start - firstSeen)) + " before the finding");
        return;
      }
      long previous = lastBefore(a, start);
      if (previous != Long.MIN_VALUE && start - previous >= 90 * DAY) {
        add(c, "newAccount", weights.newAccount(), 1, subject + " woke after " + days(start - previous)
            + " without a transaction");
        return;
      }
    }
  }

  /** @return the time of the account's last transaction before a time, or MIN_VALUE */
  private long lastBefore(int a, long t) {
    long last = Long.MIN_VALUE;
    int p = index.firstOutAtOrAfter(a, t) - 1;
    if (p >= index.outBegin(a)) {
      last = index.time(index.outAt(p));
    }
    p = index.firstInAtOrAfter(a, t) - 1;
    if (p >= index.inBegin(a)) {
      last = Math.max(last, index.time(index.inAt(p)));
    }
    return last;
  }

  private boolean roundOrJustBelow(long amount) {
    if (amount > 0 && amount % roundUnit == 0) {
      return true;
    }
    for (long t : thresholdsMinor) {
      if (amount < t && amount * 10 >= t * 9) {
        return true;
      }
    }
    return false;
  }

  private static String passThroughDetail(Finding f) {
    return switch (f.detector()) {
      case MULES -> "passed on " + percent(f.passThrough()) + " of the episodes' inflows, counting slower onward payments less";
      case CYCLES -> "the smallest hop is " + percent(f.passThrough()) + " of the first";
      case SCATTER_GATHER -> "the sink received " + percent(f.passThrough()) + " of what the source scattered";
      case GATHER_SCATTER -> "the hub paid out " + percent(f.passThrough()) + " of what it gathered";
      default -> "passed on " + percent(f.passThrough());
    };
  }

  private static void add(List<RiskComponent> c, String name, int weight, double value, String detail) {
    double v = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    c.add(new RiskComponent(name, (int) Math.round(weight * v), v, detail));
  }

  static String percent(double v) {
    return Math.round(v * 100) + " %";
  }

  static String days(long millis) {
    double d = millis / (double) DAY;
    if (d < 1) {
      long h = Math.max(0, Math.round(millis / 3_600_000.0));
      return h + (h == 1 ? " hour" : " hours");
    }
    long r = Math.round(d);
    return r + (r == 1 ? " day" : " days");
  }
}
