package io.moneytrail.analysis.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The options records hold the issue's defaults and reject invalid values naming the option. */
class PatternOptionsTest {

  private static void rejects(String option, Executable e) {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
    assertTrue(ex.getMessage().startsWith(option), ex.getMessage());
  }

  @Test
  void defaultsAreThoseOfTheIssue() {
    assertEquals(new BurstOptions(5, Duration.ofDays(7), BigDecimal.ZERO), BurstOptions.FAN_DEFAULTS);
    assertEquals(new BurstOptions(3, Duration.ofDays(30), BigDecimal.ZERO), BurstOptions.LAYERING_DEFAULTS);
    assertEquals(new BurstOptions(3, Duration.ofDays(30), BigDecimal.ZERO), BurstOptions.LAYERING_DEFAULTS);
    MuleOptions m = MuleOptions.defaults();
    assertEquals(0, m.ratio().compareTo(new BigDecimal("0.8")));
    assertEquals(Duration.ofHours(72), m.maxDelay());
    assertEquals(2, m.minEpisodes());
    StructuringOptions s = StructuringOptions.defaults();
    assertEquals(0, s.threshold().compareTo(new BigDecimal("10000")));
    assertEquals(0, s.margin().compareTo(new BigDecimal("0.1")));
    assertEquals(3, s.minCount());
    assertEquals(Duration.ofDays(7), s.window());
    assertEquals(0, s.thresholdFor("JPY").compareTo(new BigDecimal("10000")));
  }

  @Test
  void invalidValuesAreRejectedWithTheOptionName() {
    rejects("minCounterparties", () -> BurstOptions.FAN_DEFAULTS.withMinCounterparties(0));
    rejects("window", () -> BurstOptions.FAN_DEFAULTS.withWindow(Duration.ofSeconds(-1)));
    rejects("minAmount", () -> BurstOptions.LAYERING_DEFAULTS.withMinAmount(new BigDecimal("-0.01")));
    rejects("window", () -> BurstOptions.LAYERING_DEFAULTS.withWindow(null));
    rejects("ratio", () -> MuleOptions.defaults().withRatio(BigDecimal.ZERO));
    rejects("ratio", () -> MuleOptions.defaults().withRatio(new BigDecimal("1.01")));
    rejects("minEpisodes", () -> MuleOptions.defaults().withMinEpisodes(0));
    rejects("maxDelay", () -> MuleOptions.defaults().withMaxDelay(Duration.ofHours(-1)));
    rejects("margin", () -> StructuringOptions.defaults().withMargin(BigDecimal.ONE));
    rejects("threshold", () -> StructuringOptions.defaults().withThreshold(BigDecimal.ZERO));
    rejects("thresholds.USD", () -> StructuringOptions.defaults().withThreshold("USD", new BigDecimal("-1")));
    rejects("minCount", () -> StructuringOptions.defaults().withMinCount(0));
  }

  @Test
  void perCurrencyThresholdsAreCopiedAndOverrideTheDefault() {
    var map = new java.util.HashMap<String, BigDecimal>(Map.of("USD", new BigDecimal("3000")));
    StructuringOptions s = StructuringOptions.defaults().withThreshold("X", BigDecimal.TEN);
    StructuringOptions t = new StructuringOptions(BigDecimal.TEN, map, BigDecimal.ZERO, 1, Duration.ZERO, BigDecimal.ZERO);
    map.clear();
    assertEquals(0, t.thresholdFor("USD").compareTo(new BigDecimal("3000")));
    assertEquals(0, s.thresholdFor("X").compareTo(BigDecimal.TEN));
    assertTrue(StructuringDetector.rule(s).contains("X 10"), StructuringDetector.rule(s));
  }
}
