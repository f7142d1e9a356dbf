package io.moneytrail.analysis.cycles;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a cycle search.
 *
 * @param parameters the options the search ran with
 * @param scale decimal digits of the ledger's minor units
 * @param truncated true when more than {@code parameters.maxResults()} cycles qualify; the lists
 *     then hold exactly the first {@code maxResults} of the full sorted order
 * @param cycles temporal cycles sorted by start time, then transaction ids (element by element,
 *     a prefix first), then ledger rows; empty in static mode
 * @param pairCycles static cycles sorted by their account keys (element by element, a prefix
 *     first); empty in temporal mode
 */
public record CycleResult(CycleOptions parameters, int scale, boolean truncated, List<Cycle> cycles,
    List<PairCycle> pairCycles) {

  /** Copies the lists. */
  public CycleResult {
    Objects.requireNonNull(parameters, "parameters");
    cycles = List.copyOf(cycles);
    pairCycles = List.copyOf(pairCycles);
  }

  /** @return the number of cycles reported (temporal or static, whichever mode ran) */
  public int count() {
    return parameters.ignoreTime() ? pairCycles.size() : cycles.size();
  }
}
