package io.moneytrail.analysis.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.analysis.Checks;
import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.Section;
import io.moneytrail.analysis.Setting;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the analysis focuses and how findings become cases (section {@code cases} of a settings
 * document).
 *
 * @param establishedAfter a relationship (payer to payee) whose transactions span more than this
 *     is established, the everyday kind (salary, rent, regular customers, family); default 90 days
 * @param ignoreEstablished whether the detectors look only at transactions of relationships that
 *     are not established (default true): laundering builds short-lived relationships, everyday
 *     life lasting ones. Off: the detectors see every transaction.
 * @param minRisk findings with a lower risk (0 to 100) neither form nor join a case; they stay in
 *     {@code findings.json} and the CSV files without one; default 40
 * @param joinRiskPercent a finding joins a case only when its risk is at least this percentage of the
 *     risk of the case's seed (0 to 100; default 75): a case gathers findings of comparable risk,
 *     and weaker findings about the same accounts seed cases of their own
 * @param joinByTransactionRiskPercent ... but a finding holding one of the case's transactions (the
 *     same money) joins from this percentage of the seed's risk (0 to 100; default 65)
 * @param maxAccounts the most accounts a case grows to (2 to 100,000; default 50)
 * @param maxTransactions the most transactions a case grows to (1 to 10,000,000; default 500)
 * @param joinWithin a finding joins a case only when its time span comes within this of the case's
 *     (a case is one flow in time); default 30 days
 * @param hubMinCounterparties an account is a hub when it has at least this many distinct
 *     counterparties ... (default 500: exchanges, payment processors, marketplaces, large employers)
 * @param hubFactor ... and at least this many times the median of the ledger's accounts (default 20);
 *     hubs never join two findings into one case
 * @param benign accounts declared benign (account key to the reason), which never join two
 *     findings into one case, sorted by key
 */
public record CaseOptions(Duration establishedAfter, boolean ignoreEstablished, int minRisk, int joinRiskPercent,
    int joinByTransactionRiskPercent, int maxAccounts, int maxTransactions, Duration joinWithin, int hubMinCounterparties, int hubFactor,
    Map<String, String> benign) {

  /** The settings, with their keys. */
  public static final List<Setting<CaseOptions>> SETTINGS = List.of(
      Setting.duration("establishedAfter", null, "D",
          "A relationship whose transactions span more than this is established (everyday life).",
          CaseOptions::establishedAfter, CaseOptions::withEstablishedAfter),
      Setting.bool("ignoreEstablished", null,
          "Detectors look only at transactions of relationships that are not established.",
          CaseOptions::ignoreEstablished, CaseOptions::withIgnoreEstablished),
      Setting.wholeNumber("minRisk", null, "R", "Findings of lower risk (0 to 100) form no case.",
          CaseOptions::minRisk, CaseOptions::withMinRisk),
      Setting.wholeNumber("joinRiskPercent", null, "P",
          "A finding joins a case only with at least this percentage of its seed's risk.",
          CaseOptions::joinRiskPercent, CaseOptions::withJoinRiskPercent),
      Setting.wholeNumber("joinByTransactionRiskPercent", null, "P",
          "... or this percentage when it holds one of the case's transactions.",
          CaseOptions::joinByTransactionRiskPercent, CaseOptions::withJoinByTransactionRiskPercent),
      Setting.wholeNumber("maxAccounts", null, "N", "The most accounts a case grows to.", CaseOptions::maxAccounts,
          CaseOptions::withMaxAccounts),
      Setting.wholeNumber("maxTransactions", null, "N", "The most transactions a case grows to.",
          CaseOptions::maxTransactions, CaseOptions::withMaxTransactions),
      Setting.duration("joinWithin", null, "D", "A finding joins a case only within this time of it.",
          CaseOptions::joinWithin, CaseOptions::withJoinWithin),
      Setting.wholeNumber("hubMinCounterparties", null, "N",
          "A hub has at least this many distinct counterparties ...", CaseOptions::hubMinCounterparties,
          CaseOptions::withHubMinCounterparties),
      Setting.wholeNumber("hubFactor", null, "F", "... and at least this many times the ledger's median.",
          CaseOptions::hubFactor, CaseOptions::withHubFactor),
      Setting.custom("benign", null, "", "Accounts declared benign: account to reason.", false,
          CaseOptions::readBenign, o -> new TreeMap<>(o.benign())));

  private static final Section<CaseOptions> SECTION = new Section<>("cases", List.of(), CaseOptions.class, defaults(),
      SETTINGS);

  /** Validates every option and copies the map. */
  public CaseOptions {
    Durations.window("establishedAfter", establishedAfter);
    Checks.between("minRisk", minRisk, 0, 100);
    Checks.between("joinRiskPercent", joinRiskPercent, 0, 100);
    Checks.between("joinByTransactionRiskPercent", joinByTransactionRiskPercent, 0, 100);
    Checks.between("maxAccounts", maxAccounts, 2, 100_000);
    Checks.between("maxTransactions", maxTransactions, 1, 10_000_000);
    Durations.window("joinWithin", joinWithin);
    Checks.atLeast("hubMinCounterparties", hubMinCounterparties, 2);
    Checks.atLeast("hubFactor", hubFactor, 1);
    Checks.present("benign", benign);
    TreeMap<String, String> copy = new TreeMap<>();
    benign.forEach((account, reason) -> {
      if (account == null || account.isEmpty()) {
        throw new OptionException("benign", "", "must not name an empty account");
      }
      copy.put(account, reason == null ? "" : reason);
    });
    benign = Collections.unmodifiableSortedMap(copy);
  }

  /** @return 90 days, ignore established, min risk 40, join at 75 % of the seed's risk (65 % sharing a transaction), 50 accounts, 500 transactions, join within 30 days, hubs from 500 and 20 x median, none benign */
  public static CaseOptions defaults() {
    return new CaseOptions(Duration.ofDays(90), true, 40, 75, 65, 50, 500, Duration.ofDays(30), 500, 20, Map.of());
  }

  /** @return the section {@code cases} of a settings document */
  public static Section<CaseOptions> section() {
    return SECTION;
  }

  /**
   * @return the case rule in words: which findings form cases, how a case grows and its bound
   *     (durations in words, e.g. {@code 30 days})
   */
  public String rule() {
    StringBuilder b = new StringBuilder();
    if (ignoreEstablished) {
      b.append("The detectors look only at relationships that last at most ")
          .append(Durations.human(establishedAfter)).append(" (longer ones are everyday life). ");
    }
    b.append("Findings of risk ").append(minRisk).append(" or more form cases. A case grows from its riskiest finding ")
        .append("through findings of at least ").append(joinRiskPercent).append(" % of its risk about the same accounts ")
        .append("(").append(joinByTransactionRiskPercent).append(" % when they hold one of its transactions), within ")
        .append(Durations.human(joinWithin)).append(" of it, up to ").append(maxAccounts).append(" accounts and ")
        .append(maxTransactions).append(" transactions; a finding larger than that forms no case. Hubs (at least ")
        .append(hubMinCounterparties).append(" distinct counterparties and ").append(hubFactor)
        .append(" times the ledger's median) and accounts declared benign never join findings into one case.");
    return b.toString();
  }

  /** @param v span @return a copy with it */
  public CaseOptions withEstablishedAfter(Duration v) {
    return new CaseOptions(v, ignoreEstablished, minRisk, joinRiskPercent, joinByTransactionRiskPercent, maxAccounts, maxTransactions, joinWithin, hubMinCounterparties, hubFactor, benign);
  }

  /** @param v whether detectors ignore established relationships @return a copy with it */
  public CaseOptions withIgnoreEstablished(boolean v) {
    return new CaseOptions(establishedAfter, v, minRisk, joinRiskPercent, joinByTransactionRiskPercent, maxAccounts, maxTransactions, joinWithin, hubMinCounterparties, hubFactor, benign);
  }

  /** @param v least risk of a finding in a case @return a copy with it */
  public CaseOptions withMinRisk(int v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, v, joinRiskPercent, joinByTransactionRiskPercent, maxAccounts, maxTransactions, joinWithin, hubMinCounterparties, hubFactor, benign);
  }

  /** @param v least percentage of the seed's risk for joining a case @return a copy with it */
  public CaseOptions withJoinRiskPercent(int v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, minRisk, v, joinByTransactionRiskPercent, maxAccounts, maxTransactions, joinWithin, hubMinCounterparties, hubFactor, benign);
  }

  /** @param v least percentage of the seed's risk for joining through a shared transaction @return a copy with it */
  public CaseOptions withJoinByTransactionRiskPercent(int v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, minRisk, joinRiskPercent, v, maxAccounts, maxTransactions, joinWithin, hubMinCounterparties, hubFactor, benign);
  }

  /** @param v most accounts of a case @return a copy with it */
  public CaseOptions withMaxAccounts(int v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, minRisk, joinRiskPercent, joinByTransactionRiskPercent, v, maxTransactions, joinWithin, hubMinCounterparties, hubFactor, benign);
  }

  /** @param v most transactions of a case @return a copy with it */
  public CaseOptions withMaxTransactions(int v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, minRisk, joinRiskPercent, joinByTransactionRiskPercent, maxAccounts, v, joinWithin, hubMinCounterparties, hubFactor, benign);
  }

  /** @param v how near in time a finding must come to join a case @return a copy with it */
  public CaseOptions withJoinWithin(Duration v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, minRisk, joinRiskPercent, joinByTransactionRiskPercent, maxAccounts, maxTransactions, v, hubMinCounterparties, hubFactor, benign);
  }

  /** @param v least counterparties of a hub @return a copy with it */
  public CaseOptions withHubMinCounterparties(int v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, minRisk, joinRiskPercent, joinByTransactionRiskPercent, maxAccounts, maxTransactions, joinWithin, v, hubFactor, benign);
  }

  /** @param v a hub's least multiple of the median @return a copy with it */
  public CaseOptions withHubFactor(int v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, minRisk, joinRiskPercent, joinByTransactionRiskPercent, maxAccounts, maxTransactions, joinWithin, hubMinCounterparties, v, benign);
  }

  /** @param v accounts declared benign, account to reason @return a copy with them */
  public CaseOptions withBenign(Map<String, String> v) {
    return new CaseOptions(establishedAfter, ignoreEstablished, minRisk, joinRiskPercent, joinByTransactionRiskPercent, maxAccounts, maxTransactions, joinWithin, hubMinCounterparties, hubFactor, v);
  }

  private static CaseOptions readBenign(CaseOptions o, String key, JsonNode value) {
    if (!value.isObject()) {
      throw new OptionException(key, value.toString(), "must be an object of account to reason, was " + value);
    }
    TreeMap<String, String> m = new TreeMap<>(o.benign());
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      m.put(e.getKey(), e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString());
    }
    return o.withBenign(m);
  }
}
