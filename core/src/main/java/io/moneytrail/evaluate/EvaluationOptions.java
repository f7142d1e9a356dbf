package io.moneytrail.evaluate;

import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.FanOptions;
import io.moneytrail.analysis.patterns.GatherScatterOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.ScatterGatherOptions;
import io.moneytrail.analysis.patterns.StructuringOptions;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Options of an {@link Evaluator} run: the options of each detector, and the share of a pattern's
 * transactions the findings must hold for it to count as found.
 *
 * @param fan fan-in and fan-out options
 * @param scatterGather scatter-gather options
 * @param gatherScatter gather-scatter options
 * @param mule pass-through (mule) options
 * @param structuring structuring options
 * @param cycles temporal cycle options
 * @param minShare the share of a pattern's transactions (found in the data) that matching findings
 *     involving its main account must hold, in (0, 1]; default 0.5
 */
public record EvaluationOptions(FanOptions fan, ScatterGatherOptions scatterGather, GatherScatterOptions gatherScatter,
    MuleOptions mule, StructuringOptions structuring, CycleOptions cycles, BigDecimal minShare) {

  /** Validates: nothing null, minShare in (0, 1]. */
  public EvaluationOptions {
    Objects.requireNonNull(fan, "fan");
    Objects.requireNonNull(scatterGather, "scatterGather");
    Objects.requireNonNull(gatherScatter, "gatherScatter");
    Objects.requireNonNull(mule, "mule");
    Objects.requireNonNull(structuring, "structuring");
    Objects.requireNonNull(cycles, "cycles");
    Objects.requireNonNull(minShare, "minShare");
    if (minShare.signum() <= 0 || minShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("minShare must be > 0 and <= 1, was " + minShare.toPlainString());
    }
  }

  /** @return every detector's defaults, minShare 0.5 */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(FanOptions.defaults(), ScatterGatherOptions.defaults(), GatherScatterOptions.defaults(),
        MuleOptions.defaults(), StructuringOptions.defaults(), CycleOptions.defaults(), new BigDecimal("0.5"));
  }

  /** @param o fan options @return a copy with them */
  public EvaluationOptions withFan(FanOptions o) {
    return new EvaluationOptions(o, scatterGather, gatherScatter, mule, structuring, cycles, minShare);
  }

  /** @param o scatter-gather options @return a copy with them */
  public EvaluationOptions withScatterGather(ScatterGatherOptions o) {
    return new EvaluationOptions(fan, o, gatherScatter, mule, structuring, cycles, minShare);
  }

  /** @param o gather-scatter options @return a copy with them */
  public EvaluationOptions withGatherScatter(GatherScatterOptions o) {
    return new EvaluationOptions(fan, scatterGather, o, mule, structuring, cycles, minShare);
  }

  /** @param o mule options @return a copy with them */
  public EvaluationOptions withMule(MuleOptions o) {
    return new EvaluationOptions(fan, scatterGather, gatherScatter, o, structuring, cycles, minShare);
  }

  /** @param o structuring options @return a copy with them */
  public EvaluationOptions withStructuring(StructuringOptions o) {
    return new EvaluationOptions(fan, scatterGather, gatherScatter, mule, o, cycles, minShare);
  }

  /** @param o cycle options @return a copy with them */
  public EvaluationOptions withCycles(CycleOptions o) {
    return new EvaluationOptions(fan, scatterGather, gatherScatter, mule, structuring, o, minShare);
  }

  /** @param share the found share, in (0, 1] @return a copy with it */
  public EvaluationOptions withMinShare(BigDecimal share) {
    return new EvaluationOptions(fan, scatterGather, gatherScatter, mule, structuring, cycles, share);
  }
}
