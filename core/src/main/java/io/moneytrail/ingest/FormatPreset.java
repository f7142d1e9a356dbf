package io.moneytrail.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The input layouts moneytrail knows by name. {@code --format auto} picks the first whose header
 * matches.
 */
public enum FormatPreset {
  /**
   * moneytrail's canonical CSV: {@code tx_id,timestamp,from_account,to_account,amount,currency},
   * optionally {@code from_bank,to_bank,channel,reference}; header names in any case and order.
   */
  MONEYTRAIL("moneytrail"),
  /**
   * IBM's AML dataset (AMLworld, {@code HI-Small_Trans.csv} and siblings): {@code Timestamp,From Bank,
   * Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,
   * Payment Format[,Is Laundering]}. Account key {@code bank:account}; amount is Amount Paid in
   * Payment Currency; transaction id is the 1-based data row number.
   */
  AMLWORLD("amlworld"),
  /**
   * IBM AMLSim output: {@code tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp[,is_sar,alert_id]};
   * no currency column.
   */
  AMLSIM("amlsim"),
  /**
   * PaySim: {@code step,type,amount,nameOrig,oldbalanceOrg,newbalanceOrig,nameDest,oldbalanceDest,
   * newbalanceDest[,isFraud,isFlaggedFraud]}; step is hours after the start time; no currency column;
   * transaction id is the 1-based data row number.
   */
  PAYSIM("paysim");

  private final String cliName;

  FormatPreset(String cliName) {
    this.cliName = cliName;
  }

  /** @return the {@code --format} name */
  public String cliName() {
    return cliName;
  }

  /**
   * @param name a {@code --format} name, any case
   * @return the preset, or empty
   */
  public static Optional<FormatPreset> byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (FormatPreset p : values()) {
      if (p.cliName.equals(n)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Detects the preset a header belongs to.
   *
   * @param header the header's column names
   * @return the first preset whose required columns are all there, or empty
   */
  public static Optional<FormatPreset> detect(List<String> header) {
    for (FormatPreset p : values()) {
      if (Layout.missingColumns(p, header).isEmpty()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
