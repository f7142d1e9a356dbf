package io.moneytrail.analysis.cycles;

import io.moneytrail.analysis.Detector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CycleOptionsTest {
  private static final CycleOptions D = CycleOptions.defaults();

  private static void rejected(String option, Supplier<CycleOptions> make) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::get);
    assertTrue(e.getMessage().contains(option), e.getMessage());
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertEquals(6, D.maxLength());
    assertEquals(Duration.ofDays(30), D.window());
    assertFalse(D.strictTime());
    assertEquals(Optional.empty(), D.minAmount());
    assertEquals(Optional.empty(), D.maxLoss());
    assertEquals(Optional.empty(), D.maxGain());
    assertFalse(D.amountRules());
    assertFalse(D.ignoreTime());
    assertEquals(100_000, D.maxResults());
  }

  @Test
  void badValuesAreRejectedNamingTheOption() {
    rejected("maxLength", () -> D.withMaxLength(1));
    rejected("maxLength", () -> D.withMaxLength(33));
    rejected("window", () -> D.withWindow(Duration.ofMillis(-1)));
    rejected("minAmount", () -> D.withMinAmount(new BigDecimal("-0.01")));
    rejected("maxLoss", () -> D.withMaxLoss(new BigDecimal("1.01")));
    rejected("maxLoss", () -> D.withMaxLoss(new BigDecimal("-0.1")));
    rejected("maxLoss", () -> D.withMaxLoss(new BigDecimal("0.1234567890123456789")));
    rejected("maxGain", () -> D.withMaxGain(new BigDecimal("-1")));
    rejected("maxGain", () -> D.withMaxGain(new BigDecimal("100000.000000000000001")));
    rejected("maxResults", () -> D.withMaxResults(0));
    rejected("threads", () -> D.withThreads(-1));
    rejected("mode", () -> D.withStrictTime(true).withIgnoreTime(true));
    rejected("mode", () -> D.withMaxLoss(BigDecimal.ZERO).withIgnoreTime(true));
  }

  @Test
  void withersChangeOneValueAndParametersListWhatWasSet() {
    CycleOptions o = D.withMaxLength(8).withMaxLoss(new BigDecimal("0.20"));
    assertEquals(8, o.maxLength());
    assertTrue(o.amountRules());
    assertEquals("0.2", Detector.CYCLES.parameters(o).get("maxLoss"));
    assertFalse(Detector.CYCLES.parameters(o).containsKey("maxGain"));
    assertEquals("PT720H", Detector.CYCLES.parameters(o).get("window"));
    assertEquals(D, o.withMaxLength(6).withoutAmountRules());
  }

  @Test
  void ratioRulesCompareExactlyWithoutOverflow() {
    AmountRules rules = new AmountRules(D.withMaxLoss(new BigDecimal("0.2")).withMaxGain(new BigDecimal("0.5")), 2);
    assertTrue(rules.ratioOk(10_000, 8_000));
    assertFalse(rules.ratioOk(10_000, 7_999));
    assertTrue(rules.ratioOk(10_000, 15_000));
    assertFalse(rules.ratioOk(10_000, 15_001));
    assertTrue(rules.ratioOk(Long.MAX_VALUE, Long.MAX_VALUE));
    assertFalse(rules.ratioOk(Long.MAX_VALUE / 2, Long.MAX_VALUE));
    AmountRules min = new AmountRules(D.withMinAmount(new BigDecimal("1e30")), 2);
    assertFalse(min.hopOk(Long.MAX_VALUE));
  }
}
