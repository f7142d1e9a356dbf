package io.moneytrail.analysis.cases;

import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.analysis.roles.Role;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A case told for people: the statement in words, its likely victims and its exits. */
final class Story {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final int NAMED = 3;

  private final TemporalIndex index;
  private final Ledger ledger;
  private final int[] rows;
  private final List<CaseAccount> accounts;

  Story(TemporalIndex index, int[] rows, List<CaseAccount> accounts) {
    this.index = index;
    this.ledger = index.ledger();
    this.rows = rows;
    this.accounts = accounts;
  }

  /** @return the victim-like sources, largest payer first */
  List<Case.Flow> victims() {
    List<Case.Flow> out = new ArrayList<>();
    for (CaseAccount a : accounts) {
      AccountRole r = a.role();
      if (r.role() == Role.SOURCE && r.victimLike()) {
        out.add(flow(a, true));
      }
    }
    out.sort((x, y) -> Long.compare(y.amount().minorUnits(), x.amount().minorUnits()) != 0
        ? Long.compare(y.amount().minorUnits(), x.amount().minorUnits()) : x.account().compareTo(y.account()));
    return out;
  }

  /** @return the exits (money rests there or leaves the data), largest first */
  List<Case.Flow> exits() {
    List<Case.Flow> out = new ArrayList<>();
    for (CaseAccount a : accounts) {
      if (a.role().role() == Role.EXIT) {
        out.add(flow(a, false));
      }
    }
    out.sort((x, y) -> Long.compare(y.amount().minorUnits(), x.amount().minorUnits()) != 0
        ? Long.compare(y.amount().minorUnits(), x.amount().minorUnits()) : x.account().compareTo(y.account()));
    return out;
  }

  private Case.Flow flow(CaseAccount a, boolean paid) {
    AccountRole.Figures f = a.role().figures();
    int id = ledger.accounts().id(a.account()).orElseThrow();
    Set<String> others = new TreeSet<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int r : rows) {
      boolean mine = paid ? index.from(r) == id : index.to(r) == id;
      if (mine && index.from(r) != index.to(r) && ledger.currency(r).equals(f.currency())) {
        others.add(ledger.accounts().name(paid ? index.to(r) : index.from(r)));
        first = Math.min(first, index.time(r));
        last = Math.max(last, index.time(r));
      }
    }
    long amount = paid ? f.flaggedOutAmount() : f.flaggedInAmount();
    int payments = paid ? f.flaggedOut() : f.flaggedIn();
    return new Case.Flow(a.account(), Money.of(amount, ledger.scale(), f.currency()), payments,
        new ArrayList<>(others), Instant.ofEpochMilli(first == Long.MAX_VALUE ? 0 : first),
        Instant.ofEpochMilli(last == Long.MIN_VALUE ? 0 : last));
  }

  /** @return what happened, in a few sentences */
  String statement(Set<Detector> kinds, List<Money> totals, Instant start, Instant end) {
    StringBuilder b = new StringBuilder();
    b.append("From ").append(DAY.format(start)).append(" to ").append(DAY.format(end)).append(", ")
        .append(rows.length).append(" flagged transaction").append(rows.length == 1 ? "" : "s").append(" moved ")
        .append(join(totals.stream().map(Money::toHumanString).toList())).append(" between ").append(accounts.size())
        .append(" accounts.");
    List<Case.Flow> victims = victims();
    if (!victims.isEmpty()) {
      b.append(' ').append(count(victims.size(), "likely victim", "likely victims")).append(" paid ")
          .append(sum(victims)).append(" in (").append(names(victims.stream().map(Case.Flow::account).toList()))
          .append(").");
    }
    List<String> mules = accountsWith(Role.MULE);
    List<String> collectors = accountsWith(Role.COLLECTOR);
    List<String> distributors = accountsWith(Role.DISTRIBUTOR);
    if (!collectors.isEmpty()) {
      b.append(' ').append(capital(count(collectors.size(), "account", "accounts"))).append(" collected from many (")
          .append(names(collectors)).append(").");
    }
    if (!mules.isEmpty()) {
      b.append(' ').append(capital(count(mules.size(), "account", "accounts"))).append(" passed most of it on (")
          .append(names(mules)).append(").");
    }
    if (!distributors.isEmpty()) {
      b.append(' ').append(capital(count(distributors.size(), "account", "accounts"))).append(" paid it out to many (")
          .append(names(distributors)).append(").");
    }
    List<Case.Flow> exits = exits();
    if (!exits.isEmpty()) {
      b.append(' ').append(sum(exits)).append(" ended at ")
          .append(names(exits.stream().map(Case.Flow::account).toList())).append('.');
    }
    b.append(" Found as: ").append(join(kinds.stream().map(Detector::title).toList())).append('.');
    return b.toString();
  }

  private List<String> accountsWith(Role role) {
    List<String> out = new ArrayList<>();
    for (CaseAccount a : accounts) {
      if (a.role().role() == role) {
        out.add(a.account());
      }
    }
    return out;
  }

  /** @return the sum of the flows per currency, for people */
  private String sum(List<Case.Flow> flows) {
    Map<String, Long> per = new java.util.TreeMap<>();
    for (Case.Flow f : flows) {
      per.merge(f.amount().currency(), f.amount().minorUnits(), Math::addExact);
    }
    List<String> parts = new ArrayList<>();
    per.forEach((code, v) -> parts.add(Money.of(v, ledger.scale(), code).toHumanString()));
    return join(parts);
  }

  private static String names(List<String> names) {
    if (names.size() <= NAMED) {
      return join(names);
    }
    return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
  }

  private static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "nothing" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
