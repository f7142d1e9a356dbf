package io.moneytrail.evaluate;

import io.moneytrail.synth.Typology;
import java.util.EnumSet;
import java.util.Set;

/** The detector finding kinds that evaluation runs, and which of them count for which typology. */
public enum DetectorKind {
  /** {@code FanDetector.fanIn}. */
  FAN_IN,
  /** {@code FanDetector.fanOut}. */
  FAN_OUT,
  /** {@code TemporalCycles}. */
  CYCLE,
  /** {@code ScatterGatherDetector}. */
  SCATTER_GATHER,
  /** {@code GatherScatterDetector}. */
  GATHER_SCATTER,
  /** {@code MuleDetector}. */
  MULE,
  /** {@code StructuringDetector}. */
  STRUCTURING;

  /**
   * The kinds whose findings count for a typology: each of the generator's typologies maps to its
   * detector; {@code scam_centre} to fan-in, fan-out, scatter-gather and mule (the stages of the
   * flow); {@code mule_chain} to mule. Any other name (AMLSim's {@code bipartite}, {@code stack},
   * {@code random}, or a label column such as {@code Is Laundering}) counts every kind.
   *
   * @param typology a typology name as in the labels (case, {@code -} and spaces are normalised)
   * @return the matching kinds
   */
  public static Set<DetectorKind> matching(String typology) {
    return Typology.byLabel(typology).map(t -> switch (t) {
      case FAN_IN -> EnumSet.of(FAN_IN);
      case FAN_OUT -> EnumSet.of(FAN_OUT);
      case CYCLE -> EnumSet.of(CYCLE);
      case SCATTER_GATHER -> EnumSet.of(SCATTER_GATHER);
      case GATHER_SCATTER -> EnumSet.of(GATHER_SCATTER);
      case MULE_CHAIN -> EnumSet.of(MULE);
      case STRUCTURING -> EnumSet.of(STRUCTURING);
      case SCAM_CENTRE -> EnumSet.of(FAN_IN, FAN_OUT, SCATTER_GATHER, MULE);
    }).orElseGet(() -> EnumSet.allOf(DetectorKind.class));
  }
}
