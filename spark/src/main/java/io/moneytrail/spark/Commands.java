package io.moneytrail.spark;

import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.DetectorOptions;
import io.moneytrail.cli.options.AnalysisSettingsMixin;
import io.moneytrail.cli.options.SettingFlags;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The job commands of {@code moneytrail-spark}; each option has the name and meaning it has in the CLI. */
final class Commands {
  private Commands() {}

  /**
   * One detector's job ({@code fan-out}, ..., {@code cycles}): named and described by its
   * {@link Detector}, with the flags of its settings section, as the CLI's detector commands.
   */
  @Command(mixinStandardHelpOptions = true)
  static final class DetectorJob extends SparkCommand {
    private final Detector detector;
    private SettingFlags<? extends DetectorOptions> flags;

    private DetectorJob(Detector detector) {
      this.detector = detector;
    }

    /**
     * @param detector a detector
     * @return its job command
     */
    static CommandLine of(Detector detector) {
      DetectorJob job = new DetectorJob(detector);
      CommandLine cl = new CommandLine(job);
      CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
      spec.name(detector.id());
      spec.aliases(detector.aliases().stream().filter(a -> a.equals(a.toLowerCase(java.util.Locale.ROOT))
          && !a.contains("_")).toArray(String[]::new));
      spec.usageMessage().description(detector.title() + " on Spark: " + detector.glossary());
      job.flags = SettingFlags.add(spec, detector.section());
      return cl;
    }

    @Override
    AnalysisSettings settings() {
      if (detector == Detector.CYCLES && flags.given("mode")) {
        // refused before any other flag is read: on Spark no combination with it can run
        throw new CommandLine.ParameterException(spec.commandLine(), STATIC_CYCLES_REFUSED);
      }
      return AnalysisSettings.defaults().with(detector, flags.options());
    }

    @Override
    List<Detector> detectors() {
      return List.of(detector);
    }
  }

  /** {@code analyze}. */
  @Command(name = "analyze", mixinStandardHelpOptions = true,
      description = "Every detector (cycles, fan-out, fan-in, scatter-gather, gather-scatter, mules, structuring) on Spark, "
          + "with the settings of 'moneytrail analyze', on the transactions it examines (relationships that are not "
          + "established); findings only: cases and risk are built on one machine.")
  static final class Analyze extends SparkCommand {
    @Mixin
    AnalysisSettingsMixin analysisSettings;

    @Override
    AnalysisSettings settings() {
      return analysisSettings.settings();
    }

    @Override
    List<Detector> detectors() {
      return List.of(Detector.values());
    }

    /** As core's analysis: only relationships that are not established, unless cases.ignoreEstablished is off. */
    @Override
    SparkLedger examined(SparkLedger ledger, AnalysisSettings settings) {
      return ledger.examined(settings.cases());
    }
  }
}
