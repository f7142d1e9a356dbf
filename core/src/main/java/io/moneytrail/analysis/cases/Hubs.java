package io.moneytrail.analysis.cases;

import io.moneytrail.graph.Relationships;
import io.moneytrail.ledger.Ledger;
import java.util.BitSet;
import java.util.OptionalInt;

/**
 * The accounts that never join two findings into one case: hubs (distinct counterparties at least
 * {@link CaseOptions#hubMinCounterparties()} and at least {@link CaseOptions#hubFactor()} times the
 * ledger's median) and accounts declared benign ({@link CaseOptions#benign()}).
 */
final class Hubs {
  private final BitSet hub = new BitSet();
  private final BitSet benign = new BitSet();
  private final int threshold;

  Hubs(Relationships relationships, CaseOptions options) {
    Ledger ledger = relationships.index().ledger();
    long t = Math.max(options.hubMinCounterparties(), (long) options.hubFactor() * relationships.medianCounterparties());
    threshold = (int) Math.min(Integer.MAX_VALUE, t);
    for (int a = 0; a < relationships.index().accountCount(); a++) {
      if (relationships.counterparties(a) >= threshold) {
        hub.set(a);
      }
    }
    for (String account : options.benign().keySet()) {
      OptionalInt id = ledger.accounts().id(account);
      id.ifPresent(benign::set);
    }
  }

  /** @return whether the account is a hub */
  boolean isHub(int account) {
    return hub.get(account);
  }

  /** @return whether the account is declared benign */
  boolean isBenign(int account) {
    return benign.get(account);
  }

  /** @return whether the account never joins findings: a hub or declared benign */
  boolean isExternal(int account) {
    return hub.get(account) || benign.get(account);
  }

  /** @return the least distinct counterparties of a hub in this ledger */
  int threshold() {
    return threshold;
  }

  /** @return the number of hubs */
  int count() {
    return hub.cardinality();
  }
}
