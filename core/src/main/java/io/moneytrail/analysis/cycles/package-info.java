/**
 * Time-respecting cycle search (round-tripping): money that leaves an account and comes back to it
 * through other accounts, each hop no earlier than the previous one, within a time window.
 *
 * <p>Entry point: {@link io.moneytrail.analysis.cycles.TemporalCycles}; options:
 * {@link io.moneytrail.analysis.cycles.CycleOptions}; findings:
 * {@link io.moneytrail.analysis.cycles.Cycle} (temporal mode) and
 * {@link io.moneytrail.analysis.cycles.PairCycle} (static mode); result:
 * {@link io.moneytrail.analysis.cycles.CycleResult}.
 */
package io.moneytrail.analysis.cycles;
