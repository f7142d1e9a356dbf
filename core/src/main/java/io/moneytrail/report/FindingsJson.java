package io.moneytrail.report;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.cases.CaseAccount;
import io.moneytrail.analysis.cases.RiskComponent;
import io.moneytrail.analysis.cases.RiskScore;
import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.ingest.FileStats;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@code findings.json} document (schema version {@value #SCHEMA_VERSION}). Version 2
 * (moneytrail 0.2): settings sections and finding keys are detector ids ({@code fan-in}, was
 * {@code fanIn}); finding ids {@code cycles-N}, {@code mules-N}; a cycle's {@code total} and
 * {@code minimumHop} are decimal strings (were objects) and cycles carry {@code kind},
 * {@code currency}, {@code totals} and {@code rule} like every finding.
 */
final class FindingsJson {
  static final int SCHEMA_VERSION = 2;

  private FindingsJson() {}

  /** @return the whole document as a tree (small reports, tests); {@link #write} streams the same bytes */
  static Map<String, Object> tree(AnalysisResult r) {
    Map<String, Object> root = head(r);
    List<Object> cases = new ArrayList<>();
    for (Case c : r.cases()) {
      cases.add(caseTree(r, c));
    }
    root.put("cases", cases);
    root.put("transactions", transactions(r));
    Map<String, Object> findings = new LinkedHashMap<>();
    Map<String, String> caseOf = Tables.caseOfFinding(r);
    for (Detector d : Detector.values()) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < r.findings(d).size(); i++) {
        list.add(finding(r, d, i, caseOf));
      }
      findings.put(d.id(), list);
    }
    root.put("findings", findings);
    return root;
  }

  /**
   * Writes the document as {@link Json#write} writes {@link #tree}, byte for byte, but one case,
   * transaction and finding at a time: memory does not grow with the number of findings.
   */
  static void write(AnalysisResult r, java.io.Writer out) throws java.io.IOException {
    try (com.fasterxml.jackson.core.JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : head(r).entrySet()) {
        g.writeFieldName(e.getKey());
        Json.mapper().writeValue(g, e.getValue());
      }
      g.writeArrayFieldStart("cases");
      for (Case c : r.cases()) {
        Json.mapper().writeValue(g, caseTree(r, c));
      }
      g.writeEndArray();
      g.writeFieldName("transactions");
      Json.mapper().writeValue(g, transactions(r));
      g.writeObjectFieldStart("findings");
      Map<String, String> caseOf = Tables.caseOfFinding(r);
      for (Detector d : Detector.values()) {
        g.writeArrayFieldStart(d.id());
        for (int i = 0; i < r.findings(d).size(); i++) {
          Json.mapper().writeValue(g, finding(r, d, i, caseOf));
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** @return the document's first keys: schema version, data, settings, summary */
  private static Map<String, Object> head(AnalysisResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("data", data(r.load()));
    root.put("settings", r.settings().toJsonTree());
    Map<String, Object> summary = new LinkedHashMap<>();
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Detector d : Detector.values()) {
      counts.put(d.id(), r.findings(d).size());
    }
    summary.put("findings", counts);
    summary.put("cases", r.cases().size());
    summary.put("cyclesTruncated", r.cyclesTruncated());
    summary.put("transactionsExamined", r.examined());
    summary.put("hubs", r.triage().hubs());
    summary.put("hubThreshold", r.triage().hubThreshold());
    summary.put("caseRule", r.settings().cases().rule());
    root.put("summary", summary);
    return root;
  }

  private static Map<String, Object> finding(AnalysisResult r, Detector d, int i, Map<String, String> caseOf) {
    Finding f = r.findings(d).get(i);
    String id = AnalysisResult.id(d, i);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("case", caseOf.get(id));
    RiskScore risk = r.risk(id);
    m.put("risk", risk.total());
    m.put("riskComponents", components(risk));
    m.put("subjects", f.subjects());
    m.put("accounts", Tables.accounts(r.index().ledger(), f));
    m.put("rule", f.rule());
    m.putAll(f.toJsonTree());
    return m;
  }

  /**
   * @return every transaction of any case, by ledger row: its id, time, accounts, amount and
   *     currency, the ledger's extra columns that have a value, and the cases holding it (the
   *     details an export hands over)
   */
  static List<Object> transactions(AnalysisResult r) {
    Ledger l = r.index().ledger();
    java.util.TreeMap<Integer, List<String>> cases = new java.util.TreeMap<>();
    for (Case c : r.cases()) {
      for (int row : c.rows()) {
        cases.computeIfAbsent(row, k -> new ArrayList<>()).add(c.id());
      }
    }
    List<Object> out = new ArrayList<>(cases.size());
    cases.forEach((row, ids) -> {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", l.txId(row));
      t.put("time", l.timestamp(row).toString());
      t.put("from", l.from(row));
      t.put("to", l.to(row));
      t.put("amount", l.money(row).toDecimalString());
      t.put("currency", l.currency(row));
      Map<String, String> extra = new LinkedHashMap<>();
      for (String column : l.extraColumns()) {
        l.extra(column, row).ifPresent(v -> extra.put(column, v));
      }
      t.put("extra", extra);
      t.put("cases", ids);
      out.add(t);
    });
    return out;
  }

  static Map<String, Object> data(LoadResult load) {
    Ledger l = load.ledger();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", load.format());
    List<Object> files = new ArrayList<>();
    for (FileStats f : load.files()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("name", String.valueOf(f.file().getFileName()));
      fm.put("sizeBytes", f.sizeBytes());
      fm.put("rowsRead", f.rowsRead());
      fm.put("rowsLoaded", f.rowsLoaded());
      fm.put("rowsRejected", f.rowsRejected());
      files.add(fm);
    }
    m.put("files", files);
    m.put("rowsRead", load.rowsRead());
    m.put("rowsLoaded", load.rowsLoaded());
    m.put("rowsRejected", load.rowsRejected());
    m.put("accounts", l.accounts().size());
    m.put("currencies", l.currencies());
    m.put("scale", l.scale());
    if (l.size() > 0) {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (int i = 0; i < l.size(); i++) {
        first = Math.min(first, l.epochMillis(i));
        last = Math.max(last, l.epochMillis(i));
      }
      m.put("first", java.time.Instant.ofEpochMilli(first).toString());
      m.put("last", java.time.Instant.ofEpochMilli(last).toString());
    }
    return m;
  }

  static Map<String, Object> caseTree(AnalysisResult r, Case c) {
    int scale = r.index().ledger().scale();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("rank", c.rank());
    m.put("risk", c.risk().total());
    m.put("riskComponents", components(c.risk()));
    m.put("statement", c.statement());
    m.put("typologies", c.typologies().stream().map(Detector::id).toList());
    m.put("totals", monies(c.totals()));
    m.put("start", c.start().toString());
    m.put("end", c.end().toString());
    m.put("victims", flows(c.victims(), "paidTo"));
    m.put("exits", flows(c.exits(), "receivedFrom"));
    m.put("findings", c.findings());
    m.put("transactions", c.transactions());
    Map<String, List<String>> cps = Tables.counterparties(r.index(), c);
    List<Object> accounts = new ArrayList<>();
    for (CaseAccount a : c.accounts()) {
      AccountRole.Figures f = a.role().figures();
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("account", a.account());
      am.put("role", a.role().role().name().toLowerCase(Locale.ROOT));
      am.put("victimLike", a.role().victimLike());
      am.put("score", a.score());
      am.put("external", a.external());
      am.put("reasons", a.reasons());
      am.put("roleReasons", a.role().reasons());
      am.put("findings", a.findings());
      am.put("counterparties", cps.getOrDefault(a.account(), List.of()));
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("currency", f.currency());
      fm.put("flaggedIn", f.flaggedIn());
      fm.put("flaggedInAmount", Money.format(f.flaggedInAmount(), scale));
      fm.put("flaggedPayers", f.flaggedPayers());
      fm.put("flaggedOut", f.flaggedOut());
      fm.put("flaggedOutAmount", Money.format(f.flaggedOutAmount(), scale));
      fm.put("flaggedPayees", f.flaggedPayees());
      fm.put("totalOutAmount", Money.format(f.totalOutAmount(), scale));
      fm.put("otherCurrencyTransactions", f.otherCurrencyTransactions());
      fm.put("first", f.first().toString());
      fm.put("last", f.last().toString());
      am.put("figures", fm);
      accounts.add(am);
    }
    m.put("accounts", accounts);
    return m;
  }

  /** @return each component as {@code {"name", "points", "value", "detail"}} */
  static List<Object> components(RiskScore risk) {
    List<Object> out = new ArrayList<>(risk.components().size());
    for (RiskComponent c : risk.components()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", c.name());
      o.put("points", c.points());
      o.put("value", java.math.BigDecimal.valueOf(c.value()).setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString());
      o.put("detail", c.detail());
      out.add(o);
    }
    return out;
  }

  /** @return each flow as {@code {"account", "amount", "currency", "payments", <side>, "first", "last"}} */
  static List<Object> flows(List<Case.Flow> flows, String side) {
    List<Object> out = new ArrayList<>(flows.size());
    for (Case.Flow f : flows) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("account", f.account());
      o.put("amount", f.amount().toDecimalString());
      o.put("currency", f.amount().currency());
      o.put("payments", f.payments());
      o.put(side, f.counterparties());
      o.put("first", f.first().toString());
      o.put("last", f.last().toString());
      out.add(o);
    }
    return out;
  }

  /** @return each amount as {@code {"amount": "12.50", "currency": "EUR"}} */
  static List<Object> monies(List<Money> list) {
    List<Object> out = new ArrayList<>(list.size());
    for (Money m : list) {
      Map<String, String> o = new LinkedHashMap<>();
      o.put("amount", m.toDecimalString());
      o.put("currency", m.currency());
      out.add(o);
    }
    return out;
  }
}
