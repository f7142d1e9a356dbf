package io.moneytrail.spark;

import io.moneytrail.analysis.patterns.FanOptions;
import io.moneytrail.analysis.patterns.GatherScatterOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.ScatterGatherOptions;
import io.moneytrail.cli.AnalysisSettingsMixin;
import io.moneytrail.cli.CounterpartyWindowMixin;
import io.moneytrail.cli.CycleOptionsMixin;
import io.moneytrail.cli.DecimalConverter;
import io.moneytrail.cli.MuleOptionsMixin;
import io.moneytrail.report.cases.AnalysisSettings;
import java.io.IOException;
import java.math.BigDecimal;
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
    @Mixin
    MuleOptionsMixin mule;

    @Override
    AnalysisSettings settings() {
      return AnalysisSettings.defaults().withMules(withMinAmount(mule.apply(MuleOptions.defaults()), minAmount,
          MuleOptions::withMinAmount));
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
    @Mixin
    CycleOptionsMixin cycle;

    @Override
    AnalysisSettings settings() {
      if (cycle.ignoreTime()) {
        throw new IllegalArgumentException(SparkCommand.STATIC_CYCLES_REFUSED);
      }
      return AnalysisSettings.defaults().withCycles(cycle.options());
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
