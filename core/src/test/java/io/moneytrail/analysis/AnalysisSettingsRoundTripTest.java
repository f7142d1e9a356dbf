package io.moneytrail.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.report.Json;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings document names every option: reading back what {@code toJsonTree()} wrote gives the same settings. */
class AnalysisSettingsRoundTripTest {
  private static AnalysisSettings roundTrip(AnalysisSettings s) {
    return AnalysisSettings.defaults().overriddenBy(Json.toString(s.toJsonTree()));
  }

  @Test
  void defaultsSurviveTheirOwnDocument() {
    assertEquals(AnalysisSettings.defaults(), roundTrip(AnalysisSettings.defaults()));
  }

  @Test
  void everyChangedOptionSurvivesTheDocument() {
    AnalysisSettings s = AnalysisSettings.defaults()
        .with(Detector.CYCLES, CycleOptions.defaults().withMaxLength(4).withWindow(Duration.ofHours(36)).withStrictTime(true)
            .withMinAmount(new BigDecimal("100.50")).withMaxLoss(new BigDecimal("0.25")).withMaxGain(new BigDecimal("0.1"))
            .withMaxResults(17))
        .with(Detector.FAN_OUT, new BurstOptions(3, Duration.ofMinutes(90), new BigDecimal("12.5")))
        .with(Detector.FAN_IN, new BurstOptions(9, Duration.ofDays(2), BigDecimal.ONE))
        .with(Detector.SCATTER_GATHER, new BurstOptions(2, Duration.ofDays(5), new BigDecimal("0.01")))
        .with(Detector.GATHER_SCATTER, new BurstOptions(4, Duration.ofHours(12), BigDecimal.TEN))
        .with(Detector.MULES, new MuleOptions(new BigDecimal("0.95"), Duration.ofHours(6), 3, new BigDecimal("500")))
        .with(Detector.STRUCTURING, StructuringOptions.defaults().withThreshold(new BigDecimal("15000"))
            .withThreshold("USD", new BigDecimal("10000")).withMargin(new BigDecimal("0.05")).withMinCount(4)
            .withWindow(Duration.ofDays(3)).withMinAmount(new BigDecimal("1")))
        .withRoles(io.moneytrail.analysis.roles.RoleOptions.defaults().withHubDominance(3)
            .withVictimMinShare(new BigDecimal("0.75")));
    assertEquals(s, roundTrip(s));
  }

  @Test
  void staticCycleModeSurvivesTheDocument() {
    AnalysisSettings s = AnalysisSettings.defaults().with(Detector.CYCLES, CycleOptions.defaults().withIgnoreTime(true).withMaxLength(3));
    assertEquals(s, roundTrip(s));
  }
}
