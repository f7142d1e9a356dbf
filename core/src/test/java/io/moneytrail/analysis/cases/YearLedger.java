package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Hand-made ledgers over a year of everyday life, with laundering planted by the test. */
final class YearLedger {
  static final long HOUR = 3_600_000L;
  static final long DAY = 24 * HOUR;
  static final long T0 = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();

  private final Ledger.Builder b = Ledger.builder();
  private final Random random;
  private int next;

  YearLedger(long seed) {
    random = new Random(seed);
  }

  /** Adds one payment at a day and hour of the year; amounts in cents. */
  YearLedger pay(double day, String from, String to, long cents) {
    b.add("t" + (++next), T0 + Math.round(day * DAY), from, to, cents, "EUR");
    return this;
  }

  /** The same payment every month of the year on a day of the month. */
  YearLedger monthly(int dayOfMonth, String from, String to, long cents) {
    for (int m = 0; m < 12; m++) {
      pay(m * 30.4 + dayOfMonth + 0.25, from, to, cents);
    }
    return this;
  }

  /** A person's everyday year: a salary, rent, a bill, groceries at two shops, a few friends. */
  YearLedger person(String person, String employer, String landlord) {
    monthly(25, employer, person, 250_000);
    monthly(1, person, landlord, 90_000);
    monthly(3, person, "UTILITY", 8_000 + random.nextInt(500));
    for (int w = 0; w < 52; w++) {
      pay(w * 7 + random.nextDouble() * 7, person, w % 2 == 0 ? "SHOP-A" : "SHOP-B", 3_000 + random.nextInt(6_000));
    }
    for (int k = 0; k < 4; k++) {
      pay(30 + k * 80 + random.nextInt(20), person, person + "-FRIEND", 2_000 + random.nextInt(5_000));
    }
    return this;
  }

  /** A fresh payer who pays once. */
  String fresh(String prefix) {
    return prefix + "-" + (++next);
  }

  /** A random amount in cents between two euro amounts. */
  long euros(int least, int most) {
    return (least + random.nextInt(most - least + 1)) * 100L + random.nextInt(100);
  }

  Ledger build() {
    return b.build();
  }

  static AnalysisResult analyse(Ledger ledger, AnalysisSettings settings) {
    return Analysis.run(new LoadResult(ledger, "moneytrail", List.of(), List.of()), settings);
  }
}
