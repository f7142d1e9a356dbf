/**
 * Detectors of the laundering typologies besides round-trips: fan-out and fan-in
 * ({@link FanDetector}), scatter-gather ({@link ScatterGatherDetector}), gather-scatter
 * ({@link GatherScatterDetector}), pass-through mule accounts ({@link MuleDetector}) and
 * structuring ({@link StructuringDetector}).
 *
 * <p>Every detector runs on a {@link io.moneytrail.graph.TemporalIndex}, takes an immutable,
 * validated options record, and returns a {@link io.moneytrail.analysis.DetectorResult} whose findings are sorted
 * deterministically and carry their evidence: transaction ids, accounts, time span, exact totals
 * per currency and the rule that fired with its parameters ({@link io.moneytrail.analysis.Finding#rule()}).
 * {@link io.moneytrail.analysis.DetectorResult#toJsonTree()} and {@link io.moneytrail.analysis.DetectorResult#rows()} give the machine-readable
 * forms the command line writes ({@code --json}, {@code --csv}), so library users get the same.
 *
 * <h2>Conventions shared by all detectors</h2>
 * <ul>
 *   <li><b>Self-transfers</b> (payer equals receiver) are never counterparties and are ignored.
 *   <li><b>Minimum amount</b>: a payment takes part only when its amount, in its own currency, is at
 *       least the option {@code minAmount} (compared exactly in minor units: amount &ge;
 *       ceil(minAmount &middot; 10<sup>scale</sup>)). The default 0 keeps every non-negative
 *       payment. Mixed currencies are never converted.
 *   <li><b>Windows</b> are closed time intervals of length {@code window}, anchored at transactions
 *       (see each detector). Times are compared in epoch milliseconds; as timestamps are whole
 *       milliseconds, a sub-millisecond part of a window length changes nothing.
 *   <li><b>Bursts</b>: a window that satisfies a detector's condition is a <em>qualifying
 *       window</em>. Qualifying windows of the same subject (account, or source/sink pair) that
 *       share at least one transaction are merged, transitively; each merged group is one finding
 *       whose evidence is the union of the windows' transactions. For fan-out, fan-in,
 *       gather-scatter and structuring, where every window contains its anchor transaction, this
 *       is the same as merging windows whose time intervals intersect.
 *   <li><b>Time order</b>: "after" means at the same millisecond or later, because many bank
 *       exports carry dates only.
 *   <li><b>Threads</b>: detectors split the accounts into blocks searched on the common fork-join
 *       pool and join the blocks in account order before a stable sort, so results are identical
 *       whatever the scheduling. Detectors are thread-safe (no shared mutable state).
 * </ul>
 */
package io.moneytrail.analysis.patterns;
