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
  /** A burst this many times the account's usual rate gives the full burst points. */
  static final double FULL_BURST = 16;
  /** A transaction is on a young relationship when the pair's first payment is at most this before it. */
  static final long YOUNG_SPAN = 30 * DAY;

  /** @return whether the row's relationship began at most {@link #YOUNG_SPAN} before it and is not regular */
  private boolean young(int r) {
    return index.time(r) - relationships.pairFirst(r) <= YOUNG_SPAN && !relationships.regular(r);
  }
  /** An account needs this many transactions outside a finding for its usual behaviour to count. */
  static final int MIN_HISTORY = 5;
  /** Burst and novelty average over at most this many subjects, in the finding's order. */
  static final int MAX_SUBJECTS = 10;
  private static final long[] THRESHOLDS = {10_000, 5_000, 3_000, 1_000};

  private final TemporalIndex index;
  private final Ledger ledger;
  private final Relationships relationships;
  private final RiskWeights weights;
  private final Hubs hubs;
  private final long dataStart;
  private final long roundUnit;
  private final long[] thresholdsMinor;
  /** Per account: its transactions on young relationships (see {@link #young}). */
  private final int[] young;
  /** Per account: the sum of its amounts paid and received, minor units (currencies added as they are). */
  private final long[] volume;

  Scorer(Relationships relationships, RiskWeights weights, Hubs hubs) {
    this.relationships = relationships;
    this.index = relationships.index();
    this.ledger = index.ledger();
    this.weights = weights;
    this.hubs = hubs;
    this.dataStart = index.size() == 0 ? Long.MAX_VALUE : index.time(index.byTime(0));
    // at large scales (18 for ether) a threshold in minor units may not fit a long: such a
    // threshold (or the round unit) then applies to no amount (0 marks it unusable)
    long unit = 1;
    for (int i = 0; i < ledger.scale() && unit > 0; i++) {
      unit = unit > Long.MAX_VALUE / 10 ? 0 : unit * 10;
    }
    this.roundUnit = unit == 0 || unit > Long.MAX_VALUE / 100 ? 0 : 100 * unit;
    this.thresholdsMinor = new long[THRESHOLDS.length];
    for (int i = 0; i < THRESHOLDS.length; i++) {
      thresholdsMinor[i] = unit == 0 || unit > Long.MAX_VALUE / THRESHOLDS[i] ? 0 : THRESHOLDS[i] * unit;
    }
    young = new int[index.accountCount()];
    volume = new long[index.accountCount()];
    for (int i = 0; i < index.size(); i++) {
      int r = index.byTime(i);
      int from = index.from(r);
      int to = index.to(r);
      long amount = index.amount(r);
      volume[from] = saturatedAdd(volume[from], amount);
      if (to != from) {
        volume[to] = saturatedAdd(volume[to], amount);
      }
      if (young(r)) {
        young[from]++;
        if (to != from) {
          young[to]++;
        }
      }
    }
  }

  private static long saturatedAdd(long a, long b) {
    long s = a + b;
    return ((a ^ s) & (b ^ s)) < 0 ? Long.MAX_VALUE : s;
  }

  RiskScore score(Finding f) {
    List<RiskComponent> c = new ArrayList<>();
    String rule = f.rule();
    c.add(new RiskComponent("base", weights.base(), 1, rule.startsWith(f.detector().id() + ":") ? rule
        : f.detector().title() + ": " + rule));
    RowList rows = f.rows();
    long start = f.start().toEpochMilli();
    long end = f.end().toEpochMilli();
    int n = 0;
    int regular = 0;
    int round = 0;
    for (int i = 0; i < rows.size(); i++) {
      int r = rows.getInt(i);
      if (index.from(r) == index.to(r)) {
        continue;
      }
      n++;
      if (relationships.regular(r)) {
        regular++;
      }
      if (roundOrJustBelow(index.amount(r))) {
        round++;
      }
    }
    if (n > 0) {
      novelty(c, f, rows, start, end);
      add(c, "regularFlows", -weights.regularFlows(), (double) regular / n,
          regular + " of " + n + " transactions on regular relationships (weekly, fortnightly or monthly "
              + "payments of similar amounts, as salaries, rent and bills are paid)");
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
        + percent(f.exceedance()) + " of the way to " + (f.detector() == Detector.CYCLES ? "six hops" : "twice it"));
    newAccount(c, f, start);
    if (f.detector() == Detector.CYCLES && f.subjects().size() == 2) {
      add(c, "twoPartyCycle", -weights.twoPartyCycle(), 1, "a cycle between two accounts only ("
          + f.subjects().get(0) + " and " + f.subjects().get(1) + "), as loans look");
    }
    return RiskScore.of(c);
  }

  /** @return the ids of the finding's first {@link #MAX_SUBJECTS} subjects known to the ledger, in its order */
  private int[] subjects(Finding f) {
    int[] out = new int[Math.min(MAX_SUBJECTS, f.subjects().size())];
    int n = 0;
    for (String subject : f.subjects()) {
      OptionalInt id = ledger.accounts().id(subject);
      if (id.isPresent() && n < out.length) {
        out[n++] = id.getAsInt();
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * How new the finding's relationships are for its subjects: per subject (at most ten, in the
   * finding's order), the share of its transactions in the finding on young relationships, less the
   * share of its other transactions on young relationships (an account whose payers are all new, a
   * shop, gains nothing from new payers); averaged.
   */
  private void novelty(List<RiskComponent> c, Finding f, RowList rows, long start, long end) {
    double sum = 0;
    int counted = 0;
    String detail = "";
    for (int a : subjects(f)) {
      String subject = ledger.accounts().name(a);
      int in = 0;
      int fresh = 0;
      for (int i = 0; i < rows.size(); i++) {
        int r = rows.getInt(i);
        if (index.from(r) == index.to(r) || (index.from(r) != a && index.to(r) != a)) {
          continue;
        }
        in++;
        if (young(r)) {
          fresh++;
        }
      }
      if (in == 0) {
        continue;
      }
      int other = relationships.transactions(a) - in;
      double usual = other < MIN_HISTORY ? 0 : Math.max(0, young[a] - fresh) / (double) other;
      double share = fresh / (double) in;
      sum += Math.max(0, share - usual);
      if (counted == 0) {
        detail = String.format(Locale.ROOT, "%s: %d of %d transactions on relationships begun at most 30 days "
            + "before (%s), against %s of its other transactions", subject, fresh, in,
            percent(share), other < MIN_HISTORY ? "no history" : percent(usual));
      }
      counted++;
    }
    if (counted > 1) {
      detail += "; averaged over " + counted + " subjects";
    }
    add(c, "newRelationships", weights.newRelationships(), counted == 0 ? 0 : sum / counted, detail);
  }

  /**
   * The burst of each subject: its transactions and its money per day in the finding against its
   * usual rate (whichever is higher), averaged over the subjects (at most ten, in the finding's order).
   */
  private void burst(List<RiskComponent> c, Finding f, RowList rows, long start, long end) {
    long span = Math.max(DAY, end - start);
    double sum = 0;
    int counted = 0;
    String detail = "";
    for (int a : subjects(f)) {
      String subject = ledger.accounts().name(a);
      int inFinding = 0;
      long moneyIn = 0;
      for (int i = 0; i < rows.size(); i++) {
        int r = rows.getInt(i);
        if (index.from(r) == a || index.to(r) == a) {
          inFinding++;
          moneyIn = saturatedAdd(moneyIn, index.amount(r));
        }
      }
      int other = Math.max(0, relationships.transactions(a) - inFinding);
      long otherMoney = Math.max(0, volume[a] - moneyIn);
      long life = Math.max(30 * DAY, relationships.lastActive(a) - relationships.firstActive(a));
      double otherDays = Math.max(DAY, life - span) / (double) DAY;
      double days = span / (double) DAY;
      double countRatio = (inFinding / days) / (Math.max(1, other) / otherDays);
      double usualMoney = Math.max(1, otherMoney) / otherDays;
      double moneyRatio = (moneyIn / days) / Math.max(usualMoney, 1);
      double ratio = Math.max(countRatio, moneyRatio);
      sum += Math.max(0, Math.min(1, Math.log(Math.max(1, ratio)) / Math.log(FULL_BURST)));
      if (counted == 0) {
        detail = String.format(Locale.ROOT, "%s in the finding's %s: %d transactions, %.1f times its usual rate; "
            + "its money %.1f times its usual daily amount (%d other transactions over the rest of its activity)",
            subject, days(span), inFinding, countRatio, moneyRatio, other);
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
        add(c, "newAccount", weights.newAccount(), 1, subject + " first became active " + (start - firstSeen < 3_600_000L
            ? "with this finding" : days(start - firstSeen) + " before the finding"));
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
    if (amount > 0 && roundUnit > 0 && amount % roundUnit == 0) {
      return true;
    }
    for (long t : thresholdsMinor) {
      if (t > 0 && amount < t && amount >= t - t / 10) {
        return true;
      }
    }
    return false;
  }

  private static String passThroughDetail(Finding f) {
    return switch (f.detector()) {
      case MULES -> "passed on " + percent(f.passThrough()) + " of the episodes' inflows, counting slower onward payments less";
      case CYCLES -> "the smallest hop is " + percent(f.passThrough()) + " of the first";
      case SCATTER_GATHER -> "what reached the sink and what the source scattered match to " + percent(f.passThrough())
          + " (the smaller over the larger)";
      case GATHER_SCATTER -> "what the hub paid out and what it gathered match to " + percent(f.passThrough())
          + " (the smaller over the larger)";
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
