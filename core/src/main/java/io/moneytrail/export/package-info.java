/**
 * Hands cases over in the formats their recipients already use: FollowTheMoney entities (Aleph),
 * Neo4j bulk-import CSV, i2 Analyst's Notebook charts and goAML reports. Every export starts from
 * a report folder checked against its manifest ({@link io.moneytrail.export.HandOver}) and
 * writes a sidecar manifest, so that the chain from input to handed-over file can be re-checked.
 */
package io.moneytrail.export;
