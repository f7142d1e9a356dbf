package io.moneytrail.graph;

import io.moneytrail.ledger.Money;
import java.time.Instant;

/**
 * An edge of {@link FlowGraph#multigraph()}: one transaction. Distinct transactions are distinct
 * edges even when all their other fields are equal, because the ledger row differs.
 *
 * @param row the ledger row
 * @param txId the transaction id
 * @param timestamp when it was paid
 * @param amount the exact amount with currency
 */
public record TransactionEdge(int row, String txId, Instant timestamp, Money amount) {}
