package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.Checks;
import io.moneytrail.analysis.Section;
import io.moneytrail.analysis.Setting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of the risk score's components (section {@code risk} of a settings document): each
 * is the most points its component gives (for penalties, takes). A finding's risk is the sum of its
 * components, clamped to 0 to 100; a case's is its riskiest finding's plus the case components.
 *
 * <p>Finding components:
 * <ul>
 *   <li>{@code base}: a detector's rule fired.
 *   <li>{@code newRelationships}: per subject, the share of its transactions in the finding on young
 *       relationships (the pair's first payment at most 30 days before, and not regular), less the
 *       share of its other transactions on young relationships; averaged over the subjects (at most
 *       ten). Money moved along connections built for the flow counts; a shop's ever-new customers
 *       do not.
 *   <li>{@code burst}: per subject, its transactions or its money per day in the finding against its
 *       usual rate over the rest of its activity, whichever is higher (full at 16 times), averaged
 *       over the subjects: a sudden change, not a steady high volume.
 *   <li>{@code passThrough}: how completely money passed on: a mule's share paid onward (counting
 *       only the received money, faster being more); a cycle's smallest hop over its first; a
 *       scatter-gather's gathered against scattered and a gather-scatter's scattered against
 *       gathered, the smaller over the larger.
 *   <li>{@code exceedance}: how far the finding goes beyond its rule's threshold (counterparties,
 *       episodes, payments), full at twice it; a cycle's hops beyond two, full at six.
 *   <li>{@code amounts}: the share of evidence amounts that are round (whole hundreds) or just below a
 *       reporting threshold (90 to 100 % of 10,000, 5,000, 3,000 or 1,000).
 *   <li>{@code newAccount}: a subject first became active within 30 days before the finding (and
 *       not in the data's first 30 days), or again after at least 90 days without a transaction.
 *   <li>{@code regularFlows} (penalty): the share of the evidence on regular relationships, paid like
 *       standing orders (weekly, fortnightly or monthly, similar amounts: salaries, rent, bills,
 *       subscriptions; see {@link io.moneytrail.graph.Relationships#regular(int)}).
 *   <li>{@code hub} (penalty): the anchoring account is a hub (far more counterparties than the
 *       ledger's norm: a merchant, an employer, an exchange).
 *   <li>{@code twoPartyCycle} (penalty): a cycle between two accounts only (A pays B, B pays back),
 *       as loans between people look.
 * </ul>
 * Case components: {@code chain} (each further kind of finding in the case, a fifth of the weight:
 * typologies chained from victims to exits) and {@code corroboration} (each further finding of the
 * case's own minimum risk, a fifth of the weight).
 *
 * @param base points for a rule that fired
 * @param newRelationships most points for relationships built for the flow
 * @param burst most points for a burst against the account's history
 * @param passThrough most points for money passed on completely
 * @param exceedance most points for going beyond the threshold
 * @param amounts most points for round or just-below-threshold amounts
 * @param newAccount most points for new or dormant accounts
 * @param regularFlows most points taken for regular relationships
 * @param hub points taken when the anchor is a hub
 * @param twoPartyCycle points taken for a two-account cycle
 * @param chain most points for kinds of finding chained in a case
 * @param corroboration most points for further findings in a case
 */
public record RiskWeights(int base, int newRelationships, int burst, int passThrough, int exceedance, int amounts,
    int newAccount, int regularFlows, int hub, int twoPartyCycle, int chain, int corroboration) {

  /** The settings: one per component, keyed by its name. */
  public static final List<Setting<RiskWeights>> SETTINGS = List.of(
      weight("base", RiskWeights::base, (w, v) -> w.with(0, v)),
      weight("newRelationships", RiskWeights::newRelationships, (w, v) -> w.with(1, v)),
      weight("burst", RiskWeights::burst, (w, v) -> w.with(2, v)),
      weight("passThrough", RiskWeights::passThrough, (w, v) -> w.with(3, v)),
      weight("exceedance", RiskWeights::exceedance, (w, v) -> w.with(4, v)),
      weight("amounts", RiskWeights::amounts, (w, v) -> w.with(5, v)),
      weight("newAccount", RiskWeights::newAccount, (w, v) -> w.with(6, v)),
      weight("regularFlows", RiskWeights::regularFlows, (w, v) -> w.with(7, v)),
      weight("hub", RiskWeights::hub, (w, v) -> w.with(8, v)),
      weight("twoPartyCycle", RiskWeights::twoPartyCycle, (w, v) -> w.with(9, v)),
      weight("chain", RiskWeights::chain, (w, v) -> w.with(10, v)),
      weight("corroboration", RiskWeights::corroboration, (w, v) -> w.with(11, v)));

  /** What each component measures, in words, by name, in the order of the settings. */
  public static final Map<String, String> MEANINGS = meanings();

  private static final Section<RiskWeights> SECTION = new Section<>("risk", List.of(), RiskWeights.class, defaults(),
      SETTINGS);

  /** Checks every weight is 0 to 100. */
  public RiskWeights {
    int[] all = {base, newRelationships, burst, passThrough, exceedance, amounts, newAccount, regularFlows, hub,
        twoPartyCycle, chain, corroboration};
    String[] names = {"base", "newRelationships", "burst", "passThrough", "exceedance", "amounts", "newAccount",
        "regularFlows", "hub", "twoPartyCycle", "chain", "corroboration"};
    for (int i = 0; i < all.length; i++) {
      Checks.between(names[i], all[i], 0, 100);
    }
  }

  /** @return the defaults documented in the docs (see docs/risk.md) */
  public static RiskWeights defaults() {
    return new RiskWeights(20, 15, 25, 15, 10, 10, 10, 30, 30, 15, 15, 10);
  }

  /** @return the section {@code risk} of a settings document */
  public static Section<RiskWeights> section() {
    return SECTION;
  }

  private static Setting<RiskWeights> weight(String name, java.util.function.ToIntFunction<RiskWeights> get,
      java.util.function.BiFunction<RiskWeights, Integer, RiskWeights> with) {
    return Setting.wholeNumber(name, null, "P", "Weight of the risk component " + name + " (0 to 100).", get, with);
  }

  private static Map<String, String> meanings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("base", "a detector's rule fired");
    m.put("newRelationships", "the share of the subjects' transactions in the finding on young relationships (begun "
        + "at most 30 days before, not regular), beyond the share of their other transactions on young relationships: "
        + "connections built for this flow count, a shop's ever-new customers do not");
    m.put("burst", "the subjects' transactions or money per day in the finding against their own usual rate "
        + "(whichever is higher; full at 16 times): a sudden change, not a steady high volume");
    m.put("passThrough", "how completely money passed on: a mule's share paid onward (counting only the received "
        + "money, faster being more); a cycle's smallest hop over its first; out against in of a scatter-gather or "
        + "gather-scatter, the smaller over the larger");
    m.put("exceedance", "how far the finding goes beyond its rule's threshold (full at twice it; a cycle's hops "
        + "beyond two, full at six)");
    m.put("amounts", "the share of amounts that are round (whole hundreds) or just below a reporting threshold "
        + "(90 to 100 % of 10,000, 5,000, 3,000 or 1,000)");
    m.put("newAccount", "a subject first became active within 30 days before the finding (not in the data's first "
        + "30 days), or woke after 90 days without a transaction");
    m.put("regularFlows", "penalty: the share of transactions on regular relationships, paid like standing orders "
        + "(weekly, fortnightly or monthly, amounts within 25 % of each other: salaries, rent, bills, subscriptions)");
    m.put("hub", "penalty: the finding's anchoring account is a hub (far more counterparties than the ledger's norm)");
    m.put("twoPartyCycle", "penalty: a cycle between two accounts only, as loans between people look");
    m.put("chain", "case: each further kind of finding in the case, a fifth of the weight (victims to mules to "
        + "collector to exit)");
    m.put("corroboration", "case: each further finding of the case's minimum risk, a fifth of the weight");
    return java.util.Collections.unmodifiableMap(m);
  }

  private RiskWeights with(int i, int v) {
    int[] a = {base, newRelationships, burst, passThrough, exceedance, amounts, newAccount, regularFlows, hub,
        twoPartyCycle, chain, corroboration};
    a[i] = v;
    return new RiskWeights(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]);
  }
}
