package io.moneytrail.cli;

import io.moneytrail.analysis.patterns.DetectionResult;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.FanFinding;
import io.moneytrail.analysis.patterns.FanOptions;
import io.moneytrail.graph.TemporalIndex;
import picocli.CommandLine.Command;

/** {@code moneytrail fanin}: accounts paid by many distinct senders within a window. */
@Command(name = "fanin", mixinStandardHelpOptions = true,
    description = "Find fan-in bursts: an account paid by >= K distinct senders within a sliding window D. "
        + "Overlapping qualifying windows of one account are merged into one finding.")
final class FanInCommand extends FanCommand {
  @Override
  DetectionResult<FanOptions, FanFinding> detect(TemporalIndex index, FanOptions options) {
    return FanDetector.fanIn(index, options);
  }
}
