package io.moneytrail.ingest;

import java.util.Locale;
import java.util.Optional;

/** The fields a column mapping can name. The first five (with currency optional) make a transaction. */
public enum Field {
  /** Transaction id; optional in a mapping (the 1-based data row number is used without it). */
  TX_ID("tx_id", false),
  /** When the payment was made. */
  TIMESTAMP("timestamp", true),
  /** Paying account. */
  FROM("from", true),
  /** Receiving account. */
  TO("to", true),
  /** Amount paid, a positive decimal. */
  AMOUNT("amount", true),
  /** Currency code; optional (the default currency is used without it). */
  CURRENCY("currency", false),
  /** Paying bank, kept as an extra column. */
  FROM_BANK("from_bank", false),
  /** Receiving bank, kept as an extra column. */
  TO_BANK("to_bank", false),
  /** Payment channel or type, kept as an extra column. */
  CHANNEL("channel", false),
  /** Free-text reference, kept as an extra column. */
  REFERENCE("reference", false);

  private final String key;
  private final boolean required;

  Field(String key, boolean required) {
    this.key = key;
    this.required = required;
  }

  /** @return the mapping key, e.g. {@code tx_id} */
  public String key() {
    return key;
  }

  /** @return whether a mapping must name this field */
  public boolean required() {
    return required;
  }

  /**
   * Looks a field up by its mapping key; {@code from_account} and {@code to_account} are accepted
   * for {@code from} and {@code to}.
   *
   * @param key a mapping key, any case
   * @return the field, or empty
   */
  public static Optional<Field> byKey(String key) {
    String k = key.trim().toLowerCase(Locale.ROOT);
    if (k.equals("from_account")) {
      return Optional.of(FROM);
    }
    if (k.equals("to_account")) {
      return Optional.of(TO);
    }
    for (Field f : values()) {
      if (f.key.equals(k)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
