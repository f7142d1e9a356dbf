package io.moneytrail.analysis.trace;

/** Which way a trace follows the money. */
public enum Direction {
  /** Where did the money go: from the start towards later payments. */
  FORWARD,
  /** Where did the money come from: from the start towards earlier payments. */
  BACKWARD
}
