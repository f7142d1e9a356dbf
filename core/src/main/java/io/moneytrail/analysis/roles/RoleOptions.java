package io.moneytrail.analysis.roles;

import java.math.BigDecimal;
import java.util.Objects;

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

  /** Validates every threshold. */
  public RoleOptions {
    Objects.requireNonNull(exitMaxPassRatio, "exitMaxPassRatio");
    Objects.requireNonNull(victimMinShare, "victimMinShare");
    if (hubMinCounterparties < 2) {
      throw new IllegalArgumentException("hubMinCounterparties must be >= 2, was " + hubMinCounterparties);
    }
    if (hubDominance < 1) {
      throw new IllegalArgumentException("hubDominance must be >= 1, was " + hubDominance);
    }
    if (exitMaxPassRatio.signum() < 0 || exitMaxPassRatio.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("exitMaxPassRatio must be between 0 and 1, was " + exitMaxPassRatio.toPlainString());
    }
    if (victimMaxPayments < 1) {
      throw new IllegalArgumentException("victimMaxPayments must be >= 1, was " + victimMaxPayments);
    }
    if (victimMinShare.signum() < 0 || victimMinShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("victimMinShare must be between 0 and 1, was " + victimMinShare.toPlainString());
    }
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
