package io.moneytrail.synth;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one generator run wrote.
 *
 * @param rows transaction rows written (equals the requested number)
 * @param plantedRows of which belong to planted patterns (one label row each)
 * @param accounts accounts in the data
 * @param plantedAccounts accounts reserved for planted patterns (they have no background traffic)
 * @param patterns planted patterns per typology
 */
public record GenerationSummary(long rows, long plantedRows, int accounts, int plantedAccounts,
    Map<Typology, Integer> patterns) {

  /** Copies the map. */
  public GenerationSummary {
    patterns = Collections.unmodifiableMap(patterns.isEmpty() ? new EnumMap<>(Typology.class) : new EnumMap<>(patterns));
  }
}
