package io.moneytrail.synth;

import java.util.Locale;
import java.util.Optional;

/** The laundering typologies the generator can plant, with the names used in {@code labels.csv}. */
public enum Typology {
  /** Many senders pay one hub within days. */
  FAN_IN("fan_in"),
  /** One hub pays many receivers within days. */
  FAN_OUT("fan_out"),
  /** Money goes round a ring of accounts and comes back, each hop later, losing a little. */
  CYCLE("cycle"),
  /** A source pays several intermediaries, which pass the money on to one sink. */
  SCATTER_GATHER("scatter_gather"),
  /** Several sources pay a hub, which pays several sinks. */
  GATHER_SCATTER("gather_scatter"),
  /** Money passes through a chain of pass-through (mule) accounts, several times. */
  MULE_CHAIN("mule_chain"),
  /** Repeated deposits just under a 10,000 reporting threshold into one collector. */
  STRUCTURING("structuring"),
  /** Victims pay mules, mules forward to collectors, collectors layer through hops to cash-out accounts. */
  SCAM_CENTRE("scam_centre");

  private final String label;

  Typology(String label) {
    this.label = label;
  }

  /** @return the name used in labels and on the command line, e.g. {@code fan_in} */
  public String label() {
    return label;
  }

  /**
   * @param name a typology name, any case; {@code -} and spaces count as {@code _}
   * @return the typology, or empty
   */
  public static Optional<Typology> byLabel(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Typology t : values()) {
      if (t.label.equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
