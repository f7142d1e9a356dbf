package io.moneytrail.spark;

/** One way to run every analysis on a fixture: core on one machine, or Spark. */
interface Engine {
  /**
   * @param fixture the input and options
   * @return the normalised result
   */
  EngineResult run(Fixture fixture);
}
