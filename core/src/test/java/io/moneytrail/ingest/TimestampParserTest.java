package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampParserTest {
  private final TimestampParser utc = new TimestampParser(ZoneOffset.UTC, Optional.empty());

  @ParameterizedTest
  @CsvSource({
      "2025-03-01T10:15:30Z,2025-03-01T10:15:30Z",
      "2025-03-01T10:15:30.250Z,2025-03-01T10:15:30.250Z",
      "2025-03-01T10:15:30.250000Z,2025-03-01T10:15:30.250Z",
      "2025-03-01T12:15:30+02:00,2025-03-01T10:15:30Z",
      "2025-03-01T05:15:30-0500,2025-03-01T10:15:30Z",
      "2025-03-01T11:15:30+01,2025-03-01T10:15:30Z",
      "2025-03-01 10:15:30,2025-03-01T10:15:30Z",
      "2025-03-01T10:15,2025-03-01T10:15:00Z",
      "2025-03-01,2025-03-01T00:00:00Z",
      "2022/09/01 00:20,2022-09-01T00:20:00Z",
      "2024-02-29,2024-02-29T00:00:00Z",
      "1969-12-31T23:59:59Z,1969-12-31T23:59:59Z"})
  void readsIsoShapes(String text, String expected) throws BadCell {
    assertEquals(Instant.parse(expected).toEpochMilli(), utc.parse(text));
  }

  @Test
  void appliesTheDeclaredZoneToLocalTimesIncludingSummerTime() throws BadCell {
    TimestampParser berlin = new TimestampParser(ZoneId.of("Europe/Berlin"), Optional.empty());
    assertEquals(Instant.parse("2025-01-10T09:00:00Z").toEpochMilli(), berlin.parse("2025-01-10T10:00:00"));
    assertEquals(Instant.parse("2025-07-10T08:00:00Z").toEpochMilli(), berlin.parse("2025-07-10T10:00:00"));
    assertEquals(Instant.parse("2025-07-10T10:00:00Z").toEpochMilli(), berlin.parse("2025-07-10T10:00:00Z"));
  }

  @ParameterizedTest
  @CsvSource({"2025-02-29,day 29", "2025-04-31,day 31", "2025-13-01,month 13", "2025-03-01T24:00,does not exist",
      "2025-03-01T10:61,does not exist", "yesterday,ISO-8601", "2025-03-01T10:15:30.0001Z,below a millisecond",
      "2025-03-01X,ISO-8601", "2025-3-1,ISO-8601"})
  void refusesWithReason(String text, String reason) {
    BadCell e = assertThrows(BadCell.class, () -> utc.parse(text));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void explicitPatternIsStrictAboutImpossibleDates() throws BadCell {
    TimestampParser p = new TimestampParser(ZoneOffset.UTC, Optional.of("dd.MM.yyyy HH:mm"));
    assertEquals(Instant.parse("2025-02-03T09:15:00Z").toEpochMilli(), p.parse("03.02.2025 09:15"));
    BadCell e = assertThrows(BadCell.class, () -> p.parse("31.02.2025 10:00"));
    assertTrue(e.getMessage().contains("dd.MM.yyyy HH:mm"), e.getMessage());
    TimestampParser dateOnly = new TimestampParser(ZoneOffset.UTC, Optional.of("dd/MM/yyyy"));
    assertEquals(Instant.parse("2025-02-03T00:00:00Z").toEpochMilli(), dateOnly.parse("03/02/2025"));
  }

  @Test
  void epochDayAgreesWithJavaTime() {
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 10_000; i++) {
      LocalDate d = LocalDate.ofEpochDay(r.nextLong(-800_000, 2_900_000));
      assertEquals(d.toEpochDay(), TimestampParser.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    }
  }
}
