package io.moneytrail.spark;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.FanOptions;
import io.moneytrail.analysis.patterns.GatherScatterOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.ScatterGatherOptions;
import io.moneytrail.cli.AnalysisSettingsMixin;
import io.moneytrail.cli.CounterpartyWindowMixin;
import io.moneytrail.cli.DecimalConverter;
import io.moneytrail.cli.DurationConverter;
import io.moneytrail.report.cases.AnalysisSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The job commands of {@code moneytrail-spark}; each option has the name and meaning it has in the CLI. */
final class Commands {
  private Commands() {}

  /** {@code --min-amount}, the same for every pattern command. */
  abstract static class Pattern extends SparkCommand {
    @Option(names = "--min-amount", paramLabel = "X", converter = DecimalConverter.class,
        description = "Ignore payments below X (in each payment's own currency; for mules: inflows below X). Default: 0.")
    BigDecimal minAmount;
  }

  /** Fan-out and fan-in share their options. */
  abstract static class Fan extends Pattern {
    @Mixin
    CounterpartyWindowMixin counterparties;

    FanOptions fan() {
      return withMinAmount(counterparties.apply(FanOptions.defaults(), FanOptions::withMinCounterparties,
          FanOptions::withWindow), minAmount, FanOptions::withMinAmount);
    }
  }

  /** {@code fanout}. */
  @Command(name = "fanout", mixinStandardHelpOptions = true,
      description = "Accounts paying at least K distinct receivers within a window (bursts merged), on Spark.")
  static final class FanOut extends Fan {
    @Override
    AnalysisSettings settings() {
      return AnalysisSettings.defaults().withFanOut(fan());
    }

    @Override
    List<SparkAnalysis> analyses() {
      return List.of(SparkAnalysis.FANOUT);
    }
  }

  /** {@code fanin}. */
  @Command(name = "fanin", mixinStandardHelpOptions = true,
      description = "Accounts paid by at least K distinct senders within a window (bursts merged), on Spark.")
  static final class FanIn extends Fan {
    @Override
    AnalysisSettings settings() {
      return AnalysisSettings.defaults().withFanIn(fan());
    }

    @Override
    List<SparkAnalysis> analyses() {
      return List.of(SparkAnalysis.FANIN);
    }
  }

  /** {@code scatter-gather}. */
  @Command(name = "scatter-gather", mixinStandardHelpOptions = true,
      description = "A source paying at least K intermediaries that each pay one sink within a window, on Spark.")
  static final class ScatterGather extends Pattern {
    @Mixin
    CounterpartyWindowMixin counterparties;

    @Override
    AnalysisSettings settings() {
      return AnalysisSettings.defaults().withScatterGather(withMinAmount(counterparties.apply(
          ScatterGatherOptions.defaults(), ScatterGatherOptions::withMinCounterparties, ScatterGatherOptions::withWindow),
          minAmount, ScatterGatherOptions::withMinAmount));
    }

    @Override
    List<SparkAnalysis> analyses() {
      return List.of(SparkAnalysis.SCATTER_GATHER);
    }
  }

  /** {@code gather-scatter}. */
  @Command(name = "gather-scatter", mixinStandardHelpOptions = true,
      description = "At least K sources paying a hub that pays at least K sinks within a window, on Spark.")
  static final class GatherScatter extends Pattern {
    @Mixin
    CounterpartyWindowMixin counterparties;

    @Override
    AnalysisSettings settings() {
      return AnalysisSettings.defaults().withGatherScatter(withMinAmount(counterparties.apply(
          GatherScatterOptions.defaults(), GatherScatterOptions::withMinCounterparties, GatherScatterOptions::withWindow),
          minAmount, GatherScatterOptions::withMinAmount));
    }

    @Override
    List<SparkAnalysis> analyses() {
      return List.of(SparkAnalysis.GATHER_SCATTER);
    }
  }

  /** {@code mules}. */
  @Command(name = "mules", mixinStandardHelpOptions = true,
      description = "Pass-through (mule) accounts: money received and >= R of it paid onward within D, at least M times, on Spark.")
  static final class Mules extends Pattern {
    @Option(names = "--ratio", paramLabel = "R", converter = DecimalConverter.class,
        description = "Least fraction of an inflow paid onward, e.g. 0.8 or 80%%. Default: 0.8.")
    BigDecimal ratio;

    @Option(names = "--max-delay", paramLabel = "D", converter = DurationConverter.class,
        description = "How long after an inflow the onward payments may follow, e.g. 72h. Default: 72h.")
    Duration maxDelay;

    @Option(names = "--min-episodes", paramLabel = "M", description = "Least number of pass-through episodes. Default: 2.")
    Integer minEpisodes;

    @Override
    AnalysisSettings settings() {
      MuleOptions o = MuleOptions.defaults();
      if (ratio != null) {
        o = o.withRatio(ratio);
      }
      if (maxDelay != null) {
        o = o.withMaxDelay(maxDelay);
      }
      if (minEpisodes != null) {
        o = o.withMinEpisodes(minEpisodes);
      }
      return AnalysisSettings.defaults().withMules(withMinAmount(o, minAmount, MuleOptions::withMinAmount));
    }

    @Override
    List<SparkAnalysis> analyses() {
      return List.of(SparkAnalysis.MULES);
    }
  }

  /** {@code cycles}. */
  @Command(name = "cycles", mixinStandardHelpOptions = true,
      description = "Time-respecting round trips within a window (optionally with amount rules), on Spark.")
  static final class Cycles extends SparkCommand {
    @Option(names = "--max-length", paramLabel = "N", description = "Longest cycle in hops (= accounts), 2 to 32. Default: 6.")
    Integer maxLength;

    @Option(names = "--window", paramLabel = "DURATION", converter = DurationConverter.class,
        description = "Longest time from the first to the last hop, e.g. 30d, 72h. Default: 30d.")
    Duration window;

    @Option(names = "--strict-time", description = "Each hop must be strictly later than the previous.")
    boolean strictTime;

    @Option(names = "--min-amount", paramLabel = "X", converter = DecimalConverter.class,
        description = "Every hop is at least X (major units, exact). Default: off.")
    BigDecimal minAmount;

    @Option(names = "--max-loss", paramLabel = "FRACTION", converter = DecimalConverter.class,
        description = "Each hop is at least (1 - FRACTION) times the previous one, 0 to 1. Default: off.")
    BigDecimal maxLoss;

    @Option(names = "--max-gain", paramLabel = "FRACTION", converter = DecimalConverter.class,
        description = "Each hop is at most (1 + FRACTION) times the previous one. Default: off.")
    BigDecimal maxGain;

    @Option(names = "--ignore-time", description = "Static cycles: not available on Spark (refused with exit code 2).")
    boolean ignoreTime;

    @Option(names = "--max-results", paramLabel = "N", description = "Stop after N cycles and say so (1 to 100000000). Default: 100000.")
    Integer maxResults;

    @Override
    AnalysisSettings settings() {
      if (ignoreTime) {
        throw new IllegalArgumentException(SparkCommand.STATIC_CYCLES_REFUSED);
      }
      CycleOptions o = CycleOptions.defaults().withStrictTime(strictTime);
      if (maxLength != null) {
        o = o.withMaxLength(maxLength);
      }
      if (window != null) {
        o = o.withWindow(window);
      }
      if (minAmount != null) {
        o = o.withMinAmount(minAmount);
      }
      if (maxLoss != null) {
        o = o.withMaxLoss(maxLoss);
      }
      if (maxGain != null) {
        o = o.withMaxGain(maxGain);
      }
      if (maxResults != null) {
        o = o.withMaxResults(maxResults);
      }
      return AnalysisSettings.defaults().withCycles(o);
    }

    @Override
    List<SparkAnalysis> analyses() {
      return List.of(SparkAnalysis.CYCLES);
    }
  }

  /** {@code analyze}. */
  @Command(name = "analyze", mixinStandardHelpOptions = true,
      description = "Every analysis (cycles, fan-out, fan-in, scatter-gather, gather-scatter, mules, structuring) on Spark, "
          + "with the settings of 'moneytrail analyze'.")
  static final class Analyze extends SparkCommand {
    @Mixin
    AnalysisSettingsMixin analysisSettings;

    @Override
    AnalysisSettings settings() throws IOException {
      return analysisSettings.settings();
    }

    @Override
    List<SparkAnalysis> analyses() {
      return List.of(SparkAnalysis.values());
    }
  }
}
