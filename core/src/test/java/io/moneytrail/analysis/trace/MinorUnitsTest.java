package io.moneytrail.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {

  @Test
  void shareRoundsToNearestWithTiesToTraced() {
    assertEquals(113, MinorUnits.share(150, 150, 200)); // 112.5
    assertEquals(1, MinorUnits.share(1, 1, 2)); // 0.5
    assertEquals(0, MinorUnits.share(1, 1, 3)); // 0.33
    assertEquals(1, MinorUnits.share(2, 1, 3)); // 0.67
    assertEquals(7, MinorUnits.share(7, 10, 10));
  }

  @Test
  void shareIsExactBeyondLongProducts() {
    long big = 4_000_000_000_000_000_000L;
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      long whole = 1 + rnd.nextLong(big);
      long part = rnd.nextLong(whole + 1);
      long take = rnd.nextLong(whole + 1);
      BigDecimal exact = new BigDecimal(BigInteger.valueOf(part).multiply(BigInteger.valueOf(take)))
          .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
      assertEquals(exact.longValueExact(), MinorUnits.share(part, take, whole));
    }
  }

  @Test
  void dustLimitIsCeiledExactly() {
    assertEquals(6, TraceOptions.defaults().withMinAmount(new BigDecimal("0.051")).minAmountFloor(2).minor());
    assertEquals(5, TraceOptions.defaults().withMinAmount(new BigDecimal("0.05")).minAmountFloor(2).minor());
  }

  @Test
  void optionsAreValidatedWithClearMessages() {
    assertEquals("maxHops must be between 1 and 1000, was 0",
        assertThrows(IllegalArgumentException.class, () -> TraceOptions.defaults().withMaxHops(0)).getMessage());
    assertEquals("minAmount must be >= 0, was -1",
        assertThrows(IllegalArgumentException.class, () -> TraceOptions.defaults().withMinAmount(BigDecimal.ONE.negate()))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> TraceOptions.defaults().withMaxTracedTransactions(0));
    assertThrows(IllegalArgumentException.class, () -> TraceOptions.defaults()
        .withSince(java.time.Instant.ofEpochSecond(10)).withUntil(java.time.Instant.ofEpochSecond(5)));
    assertThrows(IllegalArgumentException.class, () -> TraceStart.account("A", BigDecimal.ZERO));
  }
}
