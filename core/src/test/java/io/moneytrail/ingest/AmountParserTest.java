package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {
  private final AmountParser dot = new AmountParser(2, false);

  @ParameterizedTest
  @CsvSource({"12.50,1250", "12.5,1250", "12,1200", "0.01,1", "+3,300", ".5,50", "7.,700", "12.500,1250",
      "1.5E3,150000", "92233720368547758.07,9223372036854775807", "'1,500.25',150025"})
  void readsExactMinorUnits(String text, long expected) throws BadCell {
    assertEquals(expected, dot.parse(text));
  }

  @Test
  void readsDecimalCommaWithGrouping() throws BadCell {
    AmountParser comma = new AmountParser(2, true);
    assertEquals(150000, comma.parse("1.500,00"));
    assertEquals(7505, comma.parse("75,05"));
    assertThrows(BadCell.class, () -> comma.parse("1.50,00"));
  }

  @ParameterizedTest
  @CsvSource({"abc,not a number", "0,greater than zero", "0.00,greater than zero", "-5,negative", "12.345,more decimal places",
      "92233720368547758.08,64-bit", "1e400,64-bit", "'1,50.0',grouping", "--1,not a number", "NaN,not a number",
      "+,not a number", "1.2.3,not a number"})
  void refusesWithReason(String text, String reason) {
    BadCell e = assertThrows(BadCell.class, () -> dot.parse(text));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void agreesWithBigDecimalOnRandomAmounts() throws BadCell {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      int scale = r.nextInt(0, 9);
      AmountParser p = new AmountParser(scale, false);
      long units = r.nextLong(1, Long.MAX_VALUE >> r.nextInt(0, 60));
      String text = BigDecimal.valueOf(units, scale).toPlainString();
      assertEquals(units, p.parse(text), text);
    }
  }
}
