package io.moneytrail.analysis.trace;

import io.moneytrail.graph.FlowGraph;
import io.moneytrail.graph.TemporalIndex;

/**
 * Follows money forward (where did it go) or backward (where did it come from) through a ledger,
 * attributing mixed funds by FIFO, LIFO, haircut or poison.
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>Only the trace currency is traced: transactions in other currencies are other money and do
 *       not touch the pools. Self-transfers and transactions with an amount &lt;= 0 are ignored.
 *   <li>Each account is a pool fed by its recorded inflows, with an opening balance of zero. An
 *       outflow larger than the pool takes the whole pool and the excess from funds not in the data
 *       (untraced). Funds in the pool before the traced funds arrived, and funds from other
 *       sources, are untraced.
 *   <li>Time: transactions are applied one at a time in (timestamp, ledger row) order. So an
 *       outflow at the same millisecond as an inflow carries the inflow's money only if it comes
 *       later in ledger order. Backward traces apply the same transactions in exactly the reverse
 *       order.
 *   <li>Forward: an outflow takes funds from the payer's pool by the method (FIFO: oldest lots
 *       first; LIFO: newest first; haircut: the traced share of the pool; poison: wholly traced
 *       when the pool holds traced funds). The traced part of what it takes is what it carries.
 *   <li>Backward is the mirror image over the same funding relation: a transaction carrying traced
 *       money (demand) is spread evenly over its amount; the part the payer's pool paid goes into
 *       the payer's pool at the position the payment took it from (FIFO: the front, LIFO: the top),
 *       the part paid from funds not in the data originates at the payer. An inflow then carries the
 *       demand sitting on the funds it brought (FIFO: the newest lots of the queue; LIFO: the top;
 *       haircut: its share of the pool; poison: wholly, when any demand is in the pool).
 *   <li>Partial takes from a lot are proportional and rounded by {@link MinorUnits#share}
 *       (largest remainder between traced and untraced, ties to traced), so every split is exact
 *       and the conservation equation holds to the minor unit for FIFO, LIFO and haircut.
 *   <li>A start account is a pure source (forward) or sink (backward): traced money flowing back
 *       into it (a cycle) is booked as resting there and not followed again, since its own
 *       payments (receipts) are the start already. A stop account is never the start account.
 * </ul>
 *
 * Memory grows with the touched accounts and the traced transactions (capped by
 * {@link TraceOptions#maxTracedTransactions()}); time is one or two linear passes over the ledger.
 * Thread-safe (no shared state); results are deterministic.
 */
public final class Tracer {
  private Tracer() {}

  /**
   * Runs a trace.
   *
   * @param graph the ledger's flow graph
   * @param start where to start
   * @param options how to trace
   * @return the result
   * @throws IllegalArgumentException if the start account or transaction is not in the ledger, the
   *     start transaction is outside the window, a self-transfer or not positive, the amount has more
   *     decimals than the ledger's scale, or the start account uses several currencies in the window
   *     and none was chosen
   */
  public static TraceResult trace(FlowGraph graph, TraceStart start, TraceOptions options) {
    return trace(graph.index(), start, options);
  }

  /**
   * Runs a trace on a temporal index.
   *
   * @param index the ledger's temporal index
   * @param start where to start
   * @param options how to trace
   * @return the result
   * @throws IllegalArgumentException as for {@link #trace(FlowGraph, TraceStart, TraceOptions)}
   */
  public static TraceResult trace(TemporalIndex index, TraceStart start, TraceOptions options) {
    return new TraceEngine(index, start, options).run();
  }
}
