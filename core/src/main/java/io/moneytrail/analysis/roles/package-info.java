/**
 * Account roles in a flagged flow of money (source, mule, collector, distributor, exit), from any
 * set of flagged transactions: a trace's flows or a detector's findings. Entry point:
 * {@link io.moneytrail.analysis.roles.AccountRoles#assign}.
 */
package io.moneytrail.analysis.roles;
