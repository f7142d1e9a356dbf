package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.StructuringDetector;
import io.moneytrail.analysis.patterns.StructuringFinding;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.graph.TemporalIndex;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code moneytrail structuring}: repeated payments just under a reporting threshold. */
@Command(name = "structuring", mixinStandardHelpOptions = true,
    description = "Find structuring: >= N payments by one sender, or into one receiver, with amounts in "
        + "[T * (1 - P), T) within D.")
final class StructuringCommand extends PatternCommand<StructuringOptions, StructuringFinding> {
  @Option(names = "--threshold", paramLabel = "T",
      description = "Reporting threshold in major units, for every currency (10000), or for one currency (EUR=10000); "
          + "repeatable. Default: 10000.")
  List<String> thresholds = List.of();

  @Option(names = "--margin", paramLabel = "P", converter = DecimalConverter.class,
      description = "The band below the threshold that counts, as a fraction or percentage (0.1 or 10%%). Default: 10%%.")
  BigDecimal margin;

  @Option(names = "--min-count", paramLabel = "N", description = "Least number of such payments within D. Default: 3.")
  Integer minCount;

  @Option(names = "--window", paramLabel = "D", converter = DurationConverter.class,
      description = "Window length, e.g. 7d, 72h. Default: 7d.")
  Duration window;

  @Override
  StructuringOptions options() {
    StructuringOptions o = StructuringOptions.defaults();
    DecimalConverter decimals = new DecimalConverter();
    for (String t : thresholds) {
      int eq = t.indexOf('=');
      try {
        if (eq < 0) {
          o = o.withThreshold(decimals.convert(t));
        } else {
          o = o.withThreshold(t.substring(0, eq).trim().toUpperCase(Locale.ROOT), decimals.convert(t.substring(eq + 1)));
        }
      } catch (CommandLine.TypeConversionException e) {
        throw new IllegalArgumentException("threshold: '" + t + "' is not an amount or CODE=amount");
      }
    }
    if (margin != null) {
      o = o.withMargin(margin);
    }
    if (minCount != null) {
      o = o.withMinCount(minCount);
    }
    if (window != null) {
      o = o.withWindow(window);
    }
    return withMinAmount(o, StructuringOptions::withMinAmount);
  }

  @Override
  DetectionResult<StructuringOptions, StructuringFinding> detect(TemporalIndex index, StructuringOptions options) {
    return StructuringDetector.detect(index, options);
  }

  @Override
  TextTable table(List<StructuringFinding> findings) {
    TextTable t = new TextTable("account", "direction", "start", "end", "payments", "counterparties", "total")
        .rightAlign(4, 5, 6);
    for (StructuringFinding f : findings) {
      t.row(f.account(), f.direction().name().toLowerCase(Locale.ROOT), f.start(), f.end(), f.transactions().size(),
          f.counterparties().size(), money(f.totals()));
    }
    return t;
  }
}
