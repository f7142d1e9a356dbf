package io.moneytrail.report;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.cases.CaseAccount;
import io.moneytrail.analysis.cases.RiskComponent;
import io.moneytrail.analysis.cases.RiskScore;
import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.graph.TemporalIndex;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import io.moneytrail.report.SafeCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The CSV files of a case report, written through {@link SafeCsv}; list cells are joined with {@code ;}. */
final class Tables {
  static final String SEP = ";";
  static final List<String> ACCOUNT_HEADER = List.of("case", "account", "role", "victim_like", "score", "reasons",
      "role_reasons", "currency", "flagged_in_count", "flagged_in_amount", "payers", "flagged_out_count",
      "flagged_out_amount", "payees", "counterparties", "first", "last", "findings", "external");
  static final List<String> CASE_HEADER = List.of("case", "rank", "typologies", "start", "end", "totals", "accounts",
      "transaction_count", "findings", "risk", "risk_components", "statement", "victims", "exits");

  private Tables() {}

  static Map<String, String> caseOfFinding(AnalysisResult r) {
    Map<String, String> m = new HashMap<>();
    for (Case c : r.cases()) {
      for (String f : c.findings()) {
        m.put(f, c.id());
      }
    }
    return m;
  }

  /** Writes one detector's findings: {@code id, case}, then the detector's own columns ({@link Detector#columns()}). */
  static void findings(AnalysisResult r, Detector d, Writer out) throws IOException {
    Map<String, String> caseOf = caseOfFinding(r);
    List<String> header = new ArrayList<>(List.of("id", "case"));
    header.addAll(d.columns());
    header.add("risk");
    header.add("risk_components");
    SafeCsv csv = new SafeCsv(out, header);
    List<? extends Finding> of = r.findings(d);
    for (int i = 0; i < of.size(); i++) {
      String id = AnalysisResult.id(d, i);
      List<String> row = new ArrayList<>(header.size());
      row.add(id);
      row.add(caseOf.getOrDefault(id, ""));
      row.addAll(of.get(i).toRow());
      RiskScore risk = r.risk(id);
      row.add(Integer.toString(risk.total()));
      row.add(components(risk));
      csv.row(row);
    }
    csv.flush();
  }

  /** @return every account paying or receiving an evidence transaction of the finding, sorted, each once */
  static List<String> accounts(Ledger ledger, Finding f) {
    TreeSet<String> accounts = new TreeSet<>();
    for (int i = 0; i < f.rows().size(); i++) {
      int row = f.rows().getInt(i);
      accounts.add(ledger.from(row));
      accounts.add(ledger.to(row));
    }
    return new ArrayList<>(accounts);
  }

  static void cases(AnalysisResult r, Writer out) throws IOException {
    SafeCsv csv = new SafeCsv(out, CASE_HEADER);
    for (Case c : r.cases()) {
      csv.row(c.id(), Integer.toString(c.rank()), String.join(SEP, c.typologies().stream().map(Detector::id).toList()),
          c.start().toString(), c.end().toString(), money(c.totals()), Integer.toString(c.accounts().size()),
          Integer.toString(c.transactions().size()), String.join(SEP, c.findings()), Integer.toString(c.risk().total()),
          components(c.risk()), c.statement(), flows(c.victims()), flows(c.exits()));
    }
    csv.flush();
  }

  static void accounts(AnalysisResult r, Writer out) throws IOException {
    SafeCsv csv = new SafeCsv(out, ACCOUNT_HEADER);
    int scale = r.index().ledger().scale();
    for (Case c : r.cases()) {
      Map<String, List<String>> counterparties = counterparties(r.index(), c);
      for (CaseAccount a : c.accounts()) {
        AccountRole.Figures f = a.role().figures();
        csv.row(c.id(), a.account(), a.role().role().name().toLowerCase(java.util.Locale.ROOT),
            Boolean.toString(a.role().victimLike()), Integer.toString(a.score()), String.join(SEP, a.reasons()),
            String.join(SEP, a.role().reasons()), f.currency(), Integer.toString(f.flaggedIn()),
            Money.format(f.flaggedInAmount(), scale), Integer.toString(f.flaggedPayers()),
            Integer.toString(f.flaggedOut()), Money.format(f.flaggedOutAmount(), scale),
            Integer.toString(f.flaggedPayees()), String.join(SEP, counterparties.getOrDefault(a.account(), List.of())),
            f.first().toString(), f.last().toString(), String.join(SEP, a.findings()), Boolean.toString(a.external()));
      }
    }
    csv.flush();
  }

  /** @return per account of the case, its distinct counterparties in the case's flagged rows, sorted */
  static Map<String, List<String>> counterparties(TemporalIndex index, Case c) {
    Ledger l = index.ledger();
    Map<String, TreeSet<String>> m = new LinkedHashMap<>();
    for (int row : c.rows()) {
      String from = l.from(row);
      String to = l.to(row);
      if (!from.equals(to)) {
        m.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        m.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    return out;
  }

  /** @return {@code name=points} per component, joined with {@code ;} */
  static String components(RiskScore risk) {
    List<String> parts = new ArrayList<>();
    for (RiskComponent c : risk.components()) {
      parts.add(c.name() + "=" + c.points());
    }
    return String.join(SEP, parts);
  }

  /** @return {@code account=amount currency} per flow, joined with {@code ;} */
  static String flows(List<Case.Flow> flows) {
    List<String> parts = new ArrayList<>();
    for (Case.Flow f : flows) {
      parts.add(f.account() + "=" + f.amount().toDecimalString() + " " + f.amount().currency());
    }
    return String.join(SEP, parts);
  }

  static String money(List<Money> totals) {
    List<String> parts = new ArrayList<>();
    for (Money m : totals) {
      parts.add(m.toDecimalString() + " " + m.currency());
    }
    return String.join(SEP, parts);
  }
}
