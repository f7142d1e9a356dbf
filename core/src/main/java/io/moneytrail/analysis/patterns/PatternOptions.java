package io.moneytrail.analysis.patterns;

import java.util.Map;

/** The parameters of a detector's rule. Implementations are immutable, validated records. */
public interface PatternOptions {

  /** @return the rule in words with every parameter value, for reports and evidence */
  String describe();

  /**
   * The parameters as a JSON-ready map (insertion-ordered; keys are the record's component names):
   * counts as numbers, durations as ISO-8601 strings ({@code PT168H}), decimals as plain strings
   * without trailing zeros ({@code "0.8"}, {@code "10000"}).
   *
   * @return the parameters
   */
  Map<String, Object> parameters();
}
