package io.moneytrail.cli.options;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads instants: {@code 2025-03-01T10:00:00Z}, {@code 2025-03-01T10:00} or {@code 2025-03-01} (UTC without offset). */
public final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    String v = value.trim();
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        try {
          return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e3) {
          throw new CommandLine.TypeConversionException("'" + value + "' is not an ISO-8601 date or time");
        }
      }
    }
  }
}
