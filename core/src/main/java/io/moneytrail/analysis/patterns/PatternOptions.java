package io.moneytrail.analysis.patterns;

/** The parameters of a detector's rule. Implementations are immutable, validated records. */
public interface PatternOptions {

  /** @return the rule in words with every parameter value, for reports and evidence */
  String describe();
}
