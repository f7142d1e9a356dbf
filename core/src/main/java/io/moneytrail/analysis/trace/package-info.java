/**
 * Follow the money: forward (where did it go) and backward (where did it come from) traces with
 * FIFO, LIFO, haircut and poison allocation, exact in minor units.
 *
 * <p>Entry point: {@link io.moneytrail.analysis.trace.Tracer#trace}. Options:
 * {@link io.moneytrail.analysis.trace.TraceOptions}; start:
 * {@link io.moneytrail.analysis.trace.TraceStart}; result with flows, per-account figures,
 * endpoints, the conservation statement and the assumptions:
 * {@link io.moneytrail.analysis.trace.TraceResult}. The model (time order, equal timestamps,
 * opening balances, rounding, currencies) is described on {@link io.moneytrail.analysis.trace.Tracer}.
 */
package io.moneytrail.analysis.trace;
