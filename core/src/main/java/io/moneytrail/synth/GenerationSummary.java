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
 * @param plantedAccounts accounts taking part in planted patterns (isolated planting: reserved for
 *     them, with no other traffic; embedded planting: ordinary accounts that also carry their
 *     ordinary activity)
 * @param patterns planted patterns per typology
 * @param benignGroups benign look-alike groups per kind (kinds without any are left out; isolated
 *     planting groups only payroll and utility runs)
 * @param benignRows transaction rows in benign look-alike groups per kind (one benign-file row each)
 */
public record GenerationSummary(long rows, long plantedRows, int accounts, int plantedAccounts,
    Map<Typology, Integer> patterns, Map<BenignKind, Long> benignGroups, Map<BenignKind, Long> benignRows) {

  /** Copies the maps, leaving out kinds with no groups or rows. */
  public GenerationSummary {
    patterns = Collections.unmodifiableMap(patterns.isEmpty() ? new EnumMap<>(Typology.class) : new EnumMap<>(patterns));
    benignGroups = positive(benignGroups);
    benignRows = positive(benignRows);
  }

  private static Map<BenignKind, Long> positive(Map<BenignKind, Long> counts) {
    EnumMap<BenignKind, Long> m = new EnumMap<>(BenignKind.class);
    counts.forEach((k, v) -> {
      if (v > 0) {
        m.put(k, v);
      }
    });
    return Collections.unmodifiableMap(m);
  }

  /** @return transaction rows in benign look-alike groups, all kinds together */
  public long benignRowTotal() {
    return benignRows.values().stream().mapToLong(Long::longValue).sum();
  }
}
