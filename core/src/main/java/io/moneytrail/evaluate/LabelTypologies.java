package io.moneytrail.evaluate;

import io.moneytrail.analysis.Detector;
import io.moneytrail.synth.Typology;
import java.util.EnumSet;
import java.util.Set;

/** Which detectors' findings count for a labelled typology. */
final class LabelTypologies {
  private LabelTypologies() {}

  /**
   * Each of the generator's typologies maps to its detector ({@code mule_chain} to mules);
   * {@code scam_centre} to fan-in, fan-out, scatter-gather and mules (the stages of the flow); a name
   * that is a detector's name or alias (AMLSim's {@code fan_in}, {@code cycle}) to that detector; any
   * other name (AMLSim's {@code bipartite}, {@code stack}, {@code random}, or a label column such as
   * {@code Is Laundering}) counts every detector.
   *
   * @param name a typology name as in the labels (case, {@code -} and spaces are normalised; a
   *     refinement after {@code :}, such as an AMLSim schedule, is ignored)
   * @return the matching detectors
   */
  static Set<Detector> matching(String name) {
    int colon = name.indexOf(':');
    String typology = colon > 0 ? name.substring(0, colon) : name;
    if (Typology.byLabel(typology).orElse(null) == Typology.SCAM_CENTRE) {
      return EnumSet.of(Detector.FAN_IN, Detector.FAN_OUT, Detector.SCATTER_GATHER, Detector.MULES);
    }
    return Detector.byName(typology).map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Detector.class));
  }
}
