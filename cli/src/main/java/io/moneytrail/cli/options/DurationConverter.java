package io.moneytrail.cli.options;

import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.OptionException;
import java.time.Duration;
import picocli.CommandLine;

/** Reads durations in moneytrail's one grammar ({@link Durations}): {@code 500ms}, {@code 30m}, {@code 36h}, {@code 7d}, {@code 2w}, {@code PT1H}. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      return Durations.parse("duration", value);
    } catch (OptionException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (examples: 500ms, 30m, 36h, 7d, 2w, PT1H)");
    }
  }
}
