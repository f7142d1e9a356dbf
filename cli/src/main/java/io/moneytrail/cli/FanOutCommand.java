package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.FanFinding;
import io.moneytrail.analysis.patterns.FanOptions;
import io.moneytrail.graph.TemporalIndex;
import picocli.CommandLine.Command;

/** {@code moneytrail fanout}: accounts paying many distinct receivers within a window. */
@Command(name = "fanout", mixinStandardHelpOptions = true,
    description = "Find fan-out bursts: an account paying >= K distinct receivers within a sliding window D. "
        + "Overlapping qualifying windows of one account are merged into one finding.")
final class FanOutCommand extends FanCommand {
  @Override
  DetectionResult<FanOptions, FanFinding> detect(TemporalIndex index, FanOptions options) {
    return FanDetector.fanOut(index, options);
  }
}
