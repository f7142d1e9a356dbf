package io.moneytrail.analysis.roles;

import io.moneytrail.analysis.Checks;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.Section;
import io.moneytrail.analysis.Setting;
import java.math.BigDecimal;
import java.util.List;

/**
 * Thresholds of the role rules. Immutable and validated; start from {@link #defaults()}.
 *
 * @param hubMinCounterparties a collector has at least this many distinct flagged payers, a
 *     distributor at least this many distinct flagged payees (&gt;= 2; default 3)
 * @param hubDominance and at least this many times as many as on the other side (&gt;= 1; default 2)
 * @param exitMaxPassRatio an account that passes on less than this share of the flagged money it
 *     received (by amount) is an exit (0 to 1; default 0.5)
 * @param victimMaxPayments a source is victim-like when it makes at most this many flagged
 *     payments (&gt;= 1; default 3) ...
 * @param victimMinShare ... carrying at least this share of all its outgoing money in that currency
 *     (0 to 1; default 0.5)
 */
public record RoleOptions(
    int hubMinCounterparties,
    int hubDominance,
    BigDecimal exitMaxPassRatio,
    int victimMaxPayments,
    BigDecimal victimMinShare) {

  /** The settings of the role rules (section {@code roles} of a settings document). */
  public static final List<Setting<RoleOptions>> SETTINGS = List.of(
      Setting.wholeNumber("hubMinCounterparties", null, "", "A collector (distributor) has at least this many "
          + "distinct flagged payers (payees).", RoleOptions::hubMinCounterparties, RoleOptions::withHubMinCounterparties),
      Setting.wholeNumber("hubDominance", null, "", "... and at least this many times as many as on the other side.",
          RoleOptions::hubDominance, RoleOptions::withHubDominance),
      Setting.decimal("exitMaxPassRatio", null, "", "An account passing on less than this share of the flagged money "
          + "it received is an exit.", RoleOptions::exitMaxPassRatio, RoleOptions::withExitMaxPassRatio),
      Setting.wholeNumber("victimMaxPayments", null, "", "A source is victim-like when it makes at most this many "
          + "flagged payments ...", RoleOptions::victimMaxPayments, RoleOptions::withVictimMaxPayments),
      Setting.decimal("victimMinShare", null, "", "... carrying at least this share of all its outgoing money.",
          RoleOptions::victimMinShare, RoleOptions::withVictimMinShare));

  private static final Section<RoleOptions> SECTION = new Section<>("roles", List.of(), RoleOptions.class,
      defaults(), SETTINGS);

  /** Validates every threshold. */
  public RoleOptions {
    Checks.present("exitMaxPassRatio", exitMaxPassRatio);
    Checks.present("victimMinShare", victimMinShare);
    if (hubMinCounterparties < 2) {
      throw new OptionException("hubMinCounterparties", Integer.toString(hubMinCounterparties),
          "must be >= 2, was " + hubMinCounterparties);
    }
    if (hubDominance < 1) {
      throw new OptionException("hubDominance", Integer.toString(hubDominance), "must be >= 1, was " + hubDominance);
    }
    Checks.fraction("exitMaxPassRatio", exitMaxPassRatio);
    if (victimMaxPayments < 1) {
      throw new OptionException("victimMaxPayments", Integer.toString(victimMaxPayments),
          "must be >= 1, was " + victimMaxPayments);
    }
    Checks.fraction("victimMinShare", victimMinShare);
    exitMaxPassRatio = Checks.canonical(exitMaxPassRatio);
    victimMinShare = Checks.canonical(victimMinShare);
  }

  /** @return the section {@code roles} of a settings document */
  public static Section<RoleOptions> section() {
    return SECTION;
  }

  /** @return hubs from 3 counterparties at 2:1, exit below 0.5 passed on, victim-like up to 3 payments carrying 0.5 */
  public static RoleOptions defaults() {
    return new RoleOptions(3, 2, new BigDecimal("0.5"), 3, new BigDecimal("0.5"));
  }

  /**
   * @param value minimum distinct counterparties of a hub
   * @return a copy with it
   */
  public RoleOptions withHubMinCounterparties(int value) {
    return new RoleOptions(value, hubDominance, exitMaxPassRatio, victimMaxPayments, victimMinShare);
  }

  /**
   * @param value how many times more counterparties on the hub side
   * @return a copy with it
   */
  public RoleOptions withHubDominance(int value) {
    return new RoleOptions(hubMinCounterparties, value, exitMaxPassRatio, victimMaxPayments, victimMinShare);
  }

  /**
   * @param value pass ratio below which an account is an exit
   * @return a copy with it
   */
  public RoleOptions withExitMaxPassRatio(BigDecimal value) {
    return new RoleOptions(hubMinCounterparties, hubDominance, value, victimMaxPayments, victimMinShare);
  }

  /**
   * @param value most flagged payments of a victim-like source
   * @return a copy with it
   */
  public RoleOptions withVictimMaxPayments(int value) {
    return new RoleOptions(hubMinCounterparties, hubDominance, exitMaxPassRatio, value, victimMinShare);
  }

  /**
   * @param value least share of its outgoing money a victim-like source pays into the flow
   * @return a copy with it
   */
  public RoleOptions withVictimMinShare(BigDecimal value) {
    return new RoleOptions(hubMinCounterparties, hubDominance, exitMaxPassRatio, victimMaxPayments, value);
  }
}
