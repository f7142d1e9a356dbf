package io.moneytrail.report;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.Finding;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.cases.CaseAccount;
import io.moneytrail.analysis.cases.RiskComponent;
import io.moneytrail.analysis.cases.RiskWeights;
import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.roles.Role;
import io.moneytrail.ingest.FileStats;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.ledger.Money;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The self-contained {@code report.html}: inline CSS, inline SVG, no script, no external reference
 * (a Content-Security-Policy forbids any network request). Every value goes through {@link Html#esc}.
 */
final class HtmlReport {
  /** Transactions listed per case in the HTML; all are in findings.json and the CSVs. */
  static final int MAX_TRANSACTIONS_SHOWN = 300;
  /** Accounts drawn in a case's overview picture, by score. */
  static final int MAX_ACCOUNTS_DRAWN = 80;
  /** Counterparties drawn around the hub of a star picture. */
  static final int MAX_SPOKES = 60;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final AnalysisResult r;
  private final ReportOptions options;
  private final Ledger ledger;
  private final StringBuilder b = new StringBuilder(1 << 16);

  private HtmlReport(AnalysisResult r, ReportOptions options) {
    this.r = r;
    this.options = options;
    this.ledger = r.index().ledger();
  }

  static void write(AnalysisResult r, ReportOptions options, Writer out) throws IOException {
    HtmlReport h = new HtmlReport(r, options);
    h.document();
    out.write(h.b.toString());
    out.flush();
  }

  private static String e(String s) {
    return Html.esc(s);
  }

  private void document() {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>moneytrail case report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    b.append("<h1>moneytrail case report</h1>\n");
    summary();
    caseIndex();
    int shown = Math.min(options.topCases(), r.cases().size());
    for (int i = 0; i < shown; i++) {
      caseSection(r.cases().get(i));
    }
    if (r.cases().size() > shown) {
      b.append("<p class=\"note\">").append(r.cases().size() - shown).append(" further case(s) are listed in the table above "
          + "and described in full in findings.json and the CSV files.</p>\n");
    }
    glossary();
    b.append("</body>\n</html>\n");
  }

  private void summary() {
    LoadResult load = r.load();
    b.append("<section id=\"summary\"><h2>Summary</h2>\n<table class=\"kv\">\n");
    kv("input format", load.format());
    for (FileStats f : load.files()) {
      kv("file " + f.file().getFileName(), f.sizeBytes() + " bytes; " + f.rowsRead() + " rows read, " + f.rowsLoaded()
          + " loaded, " + f.rowsRejected() + " rejected");
    }
    kv("rows read / loaded / rejected", load.rowsRead() + " / " + load.rowsLoaded() + " / " + load.rowsRejected()
        + (load.rowsRejected() > 0 ? " (see rejects.csv)" : ""));
    kv("accounts", Integer.toString(ledger.accounts().size()));
    kv("currencies", String.join(", ", ledger.currencies()));
    Map<String, Object> data = FindingsJson.data(load);
    if (data.containsKey("first")) {
      kv("period", data.get("first") + " to " + data.get("last"));
    }
    StringBuilder counts = new StringBuilder();
    for (Detector d : Detector.values()) {
      if (counts.length() > 0) {
        counts.append(", ");
      }
      counts.append(d.title()).append(": ").append(r.findings(d).size());
    }
    kv("findings", counts.toString() + (r.cyclesTruncated() ? " (cycle search hit its result cap)" : ""));
    kv("transactions examined", r.examined() + " of " + ledger.size() + (r.settings().cases().ignoreEstablished()
        ? " (those of relationships lasting at most " + Durations.human(r.settings().cases().establishedAfter()) + ")"
        : ""));
    kv("cases", Integer.toString(r.cases().size()));
    b.append("</table>\n<details><summary>Parameters</summary>\n<table class=\"kv\">\n");
    for (Detector d : Detector.values()) {
      kv(d.title(), d.rule(r.settings().options(d)));
    }
    List<String> roles = new ArrayList<>();
    ((Map<?, ?>) r.settings().toJsonTree().get(AnalysisSettings.ROLES))
        .forEach((k, v) -> roles.add(k + " = " + v));
    kv("roles", String.join("; ", roles));
    b.append("</table>\n</details>\n</section>\n");
  }

  private void kv(String k, String v) {
    b.append("<tr><th>").append(e(k)).append("</th><td>").append(e(v)).append("</td></tr>\n");
  }

  private void caseIndex() {
    b.append("<section id=\"cases\"><h2>Cases, riskiest first</h2>\n");
    b.append("<p>").append(e(r.settings().cases().rule())).append(' ').append(e(hubs())).append("</p>\n");
    if (r.cases().isEmpty()) {
      b.append("<p>No finding reached the risk of a case with these settings; every finding, with its risk, is in "
          + "findings.json and the CSV files.</p>\n</section>\n");
      return;
    }
    b.append("<table>\n<tr><th>#</th><th>case</th><th>risk</th><th>what happened</th><th>total</th>"
        + "<th>accounts</th><th>transactions</th><th>period</th></tr>\n");
    int shown = options.topCases();
    int listed = Math.min(r.cases().size(), options.listedCases());
    for (Case c : r.cases().subList(0, listed)) {
      b.append("<tr><td class=\"num\">").append(c.rank()).append("</td><td class=\"id\">");
      if (c.rank() <= shown) {
        b.append("<a href=\"#").append(e(c.id())).append("\">").append(e(c.id())).append("</a>");
      } else {
        b.append(e(c.id()));
      }
      b.append("</td><td class=\"num\">").append(c.risk().total()).append("</td><td>").append(e(typologies(c)))
          .append("; ").append(e(lead(c))).append("</td><td class=\"num\">").append(e(human(c.totals())))
          .append("</td><td class=\"num\">").append(c.accounts().size()).append("</td><td class=\"num\">")
          .append(c.transactions().size()).append("</td><td class=\"id\">").append(e(period(c))).append("</td></tr>\n");
    }
    b.append("</table>\n");
    if (listed < r.cases().size()) {
      b.append("<p class=\"note\">").append(listed).append(" of ").append(r.cases().size())
          .append(" cases listed; all are in cases.csv and findings.json.</p>\n");
    }
    b.append("</section>\n");
  }

  /** @return how many hubs the ledger has and from how many counterparties */
  private String hubs() {
    int n = r.triage().hubs();
    return n == 0 ? "No account of this ledger is a hub (at least " + r.triage().hubThreshold()
        + " distinct counterparties)." : n + (n == 1 ? " account is a hub" : " accounts are hubs") + " (at least "
        + r.triage().hubThreshold() + " distinct counterparties); hubs appear in cases as external counterparties.";
  }

  /** @return the case's main accounts in a few words, for the index */
  private static String lead(Case c) {
    List<String> top = c.accounts().stream().filter(a -> a.score() > 0).limit(3)
        .map(a -> a.account() + " (" + role(a) + ")").toList();
    return top.isEmpty() ? "" : "about " + String.join(", ", top);
  }

  /** @return amounts for people, e.g. {@code 1,250.00 EUR and 30.00 USD} */
  private static String human(List<Money> amounts) {
    return amounts.isEmpty() ? "nothing" : String.join(" and ", amounts.stream().map(Money::toHumanString).toList());
  }

  private static String typologies(Case c) {
    return String.join(", ", c.typologies().stream().map(Detector::title).toList());
  }

  private static String period(Case c) {
    return period(c.start(), c.end());
  }

  /** @return {@code 2025-03-01 to 2025-03-12 (11 days)} */
  private static String period(java.time.Instant start, java.time.Instant end) {
    java.time.Duration d = java.time.Duration.between(start, end);
    if (d.compareTo(java.time.Duration.ofHours(1)) < 0) {
      return DAY.format(start) + (DAY.format(start).equals(DAY.format(end)) ? "" : " to " + DAY.format(end))
          + (d.isZero() ? "" : " (within an hour)");
    }
    return DAY.format(start) + " to " + DAY.format(end) + " (" + Durations.human(roundedToHours(d)) + ")";
  }

  private static java.time.Duration roundedToHours(java.time.Duration d) {
    if (d.compareTo(java.time.Duration.ofDays(2)) < 0) {
      return java.time.Duration.ofHours(Math.round(d.toMinutes() / 60.0));
    }
    return java.time.Duration.ofDays(Math.round(d.toHours() / 24.0));
  }

  private static String role(CaseAccount a) {
    return a.role().role().name().toLowerCase(Locale.ROOT) + (a.role().victimLike() ? ", victim-like" : "");
  }

  private void caseSection(Case c) {
    b.append("<section class=\"case\" id=\"").append(e(c.id())).append("\">\n<h2>").append(e("Case " + c.rank()))
        .append(": ").append(e(typologies(c))).append(" <span class=\"risk\">risk ").append(c.risk().total())
        .append(" of 100</span></h2>\n<p class=\"statement\">").append(e(c.statement())).append("</p>\n");
    risk(c);
    flows("Likely victims: what each paid in, and to whom (the restitution view)", "paid", "paid to", c.victims(),
        "No account of this case looks like a victim (a source making few payments that carry most of its money).");
    flows("Exits: where the money left the flagged flow", "received", "received from", c.exits(),
        "No exit: the money kept moving within the case.");
    b.append("<div class=\"pictures\">\n");
    overview(c);
    pictures(c);
    b.append("</div>\n");
    accounts(c);
    findings(c);
    transactions(c);
    b.append("</section>\n");
  }

  private void risk(Case c) {
    b.append("<h3>Why this risk</h3>\n<table>\n<tr><th>component</th><th>points</th><th>figures</th></tr>\n");
    for (RiskComponent k : c.risk().components()) {
      b.append("<tr><td>").append(e(k.name())).append("</td><td class=\"num\">").append(k.points() > 0 ? "+" : "")
          .append(k.points()).append("</td><td>").append(e(k.detail())).append("</td></tr>\n");
    }
    b.append("<tr><th>risk</th><th class=\"num\">").append(c.risk().total())
        .append("</th><td>the sum, at most 100; the first components are those of the case's riskiest finding ")
        .append(e(c.findings().get(0))).append("</td></tr>\n</table>\n");
  }

  private void flows(String title, String amountHeader, String sideHeader, List<Case.Flow> flows, String none) {
    b.append("<h3>").append(e(title)).append("</h3>\n");
    if (flows.isEmpty()) {
      b.append("<p class=\"note\">").append(e(none)).append("</p>\n");
      return;
    }
    b.append("<table>\n<tr><th>account</th><th>").append(e(amountHeader)).append("</th><th>payments</th><th>")
        .append(e(sideHeader)).append("</th><th>period</th></tr>\n");
    for (Case.Flow f : flows) {
      b.append("<tr><td>").append(e(f.account())).append("</td><td class=\"num\">").append(e(f.amount().toHumanString()))
          .append("</td><td class=\"num\">").append(f.payments()).append("</td><td>")
          .append(e(String.join(", ", f.counterparties()))).append("</td><td>").append(e(period(f.first(), f.last())))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private List<Svg.Arrow> pairArrows(List<Integer> rows, boolean dated) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    Map<String, Set<String>> currencies = new LinkedHashMap<>();
    for (int row : rows) {
      String key = ledger.from(row) + "\u0000" + ledger.to(row);
      long[] s = sums.computeIfAbsent(key, k -> new long[2]);
      s[0] = Math.addExact(s[0], ledger.amount(row));
      s[1]++;
      currencies.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(ledger.currency(row));
    }
    List<Svg.Arrow> arrows = new ArrayList<>();
    for (Map.Entry<String, long[]> en : sums.entrySet()) {
      String[] ft = en.getKey().split("\u0000", 2);
      long[] s = en.getValue();
      String label = Money.format(s[0], ledger.scale()) + " " + String.join("+", currencies.get(en.getKey()))
          + (s[1] > 1 ? " (" + s[1] + " payments)" : "");
      arrows.add(new Svg.Arrow(ft[0], ft[1], label, s[0]));
    }
    return arrows;
  }

  private void overview(Case c) {
    // the highest-scoring accounts (all of them in a case of ordinary size), sources first so the layering starts there
    List<CaseAccount> drawn = c.accounts().stream().limit(MAX_ACCOUNTS_DRAWN)
        .sorted(Comparator.comparing((CaseAccount a) -> a.role().role() == Role.SOURCE ? 0 : 1)
            .thenComparing(CaseAccount::account)).toList();
    Set<String> names = new java.util.HashSet<>();
    List<String> nodes = new ArrayList<>();
    for (CaseAccount a : drawn) {
      nodes.add(a.account());
      names.add(a.account());
    }
    List<Integer> rows = c.rows().stream()
        .filter(row -> names.contains(ledger.from(row)) && names.contains(ledger.to(row))).toList();
    List<Svg.Arrow> arrows = pairArrows(rows, false);
    String caption = "Money flow of the whole case, left to right; arrow width is proportional to the amount between "
        + "two accounts.";
    if (drawn.size() < c.accounts().size()) {
      caption += " Only the " + drawn.size() + " highest-scoring of " + c.accounts().size() + " accounts are drawn.";
    }
    figure(Svg.layers(c.id() + "-overview", "Money flow of " + c.id() + ", left to right",
        Svg.layering(nodes, arrows), arrows), caption);
  }

  private void pictures(Case c) {
    Map<Detector, String> largest = new LinkedHashMap<>();
    for (String id : c.findings()) {
      Finding f = finding(id);
      String best = largest.get(f.detector());
      if (best == null || headline(f) > headline(finding(best))) {
        largest.put(f.detector(), id);
      }
    }
    for (String id : largest.values()) {
      Finding f = finding(id);
      String pid = c.id() + "-" + id;
      List<Svg.Arrow> arrows = pairArrows(f.rows(), true);
      String caption = f.detector().title() + " " + id + ": " + f.rule();
      List<String> accounts = Tables.accounts(ledger, f);
      switch (f.detector()) {
        case CYCLES -> {
          List<Svg.Arrow> hops = new ArrayList<>();
          for (int row : f.rows()) {
            hops.add(new Svg.Arrow(ledger.from(row), ledger.to(row), DAY.format(ledger.timestamp(row)) + " "
                + ledger.money(row).toDecimalString() + " " + ledger.currency(row), ledger.amount(row)));
          }
          figure(Svg.ring(pid, "Round trip " + id, f.subjects(), hops), caption);
        }
        case FAN_OUT, FAN_IN, STRUCTURING -> {
          String hub = f.subjects().get(0);
          List<String> all = accounts.stream().filter(a -> !a.equals(hub)).toList();
          List<String> others = all.subList(0, Math.min(MAX_SPOKES, all.size()));
          if (others.size() < all.size()) {
            caption += " (" + others.size() + " of " + all.size() + " counterparties drawn)";
          }
          figure(Svg.star(pid, f.detector().title() + " " + id + " around " + hub, hub, others, arrows), caption);
        }
        default -> figure(Svg.layers(pid, f.detector().title() + " " + id, Svg.layering(new ArrayList<>(accounts), arrows),
            arrows), caption);
      }
    }
  }

  private Finding finding(String id) {
    return r.finding(id).orElseThrow(() -> new IllegalStateException("case refers to unknown finding " + id));
  }

  private static long headline(Finding f) {
    return f.totals().stream().mapToLong(Money::minorUnits).max().orElse(0);
  }

  private void figure(String svg, String caption) {
    b.append("<figure>\n").append(svg).append("\n<figcaption>").append(e(caption)).append("</figcaption>\n</figure>\n");
  }

  private void accounts(Case c) {
    b.append("<h3>Accounts</h3>\n<table>\n<tr><th>account</th><th>role</th><th>score</th><th>why</th></tr>\n");
    for (CaseAccount a : c.accounts()) {
      b.append("<tr><td>").append(e(a.account())).append("</td><td>").append(e(role(a)))
          .append(a.external() ? e(", external (a hub or declared benign: it joins no findings)") : "")
          .append("</td><td class=\"num\">").append(a.score()).append("</td><td><ul>");
      for (String reason : a.role().reasons()) {
        b.append("<li>").append(e(reason)).append("</li>");
      }
      for (String reason : a.reasons()) {
        b.append("<li>").append(e(reason)).append("</li>");
      }
      b.append("</ul></td></tr>\n");
    }
    b.append("</table>\n");
  }

  private void findings(Case c) {
    b.append("<h3>Findings</h3>\n<table>\n<tr><th>id</th><th>risk</th><th>kind</th><th>accounts</th><th>total</th>"
        + "<th>period</th><th>rule</th></tr>\n");
    for (String id : c.findings()) {
      Finding f = finding(id);
      b.append("<tr><td>").append(e(id)).append("</td><td class=\"num\">").append(r.risk(id).total())
          .append("</td><td>").append(e(f.detector().title())).append("</td><td>")
          .append(e(String.join(", ", f.subjects()))).append("</td><td class=\"num\">")
          .append(e(human(f.totals()))).append("</td><td>").append(e(period(f.start(), f.end())))
          .append("</td><td>").append(e(f.rule())).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private void transactions(Case c) {
    b.append("<h3>Transactions</h3>\n<table>\n<tr><th>id</th><th>time</th><th>from</th><th>to</th><th>amount</th>"
        + "</tr>\n");
    int n = 0;
    for (int row : c.rows()) {
      if (n++ == MAX_TRANSACTIONS_SHOWN) {
        break;
      }
      b.append("<tr><td>").append(e(ledger.txId(row))).append("</td><td>").append(e(ledger.timestamp(row).toString()))
          .append("</td><td>").append(e(ledger.from(row))).append("</td><td>").append(e(ledger.to(row)))
          .append("</td><td class=\"num\">").append(e(ledger.money(row).toHumanString())).append("</td></tr>\n");
    }
    b.append("</table>\n");
    if (c.rows().size() > MAX_TRANSACTIONS_SHOWN) {
      b.append("<p class=\"note\">").append(MAX_TRANSACTIONS_SHOWN).append(" of ").append(c.rows().size())
          .append(" transactions shown; all are in findings.json.</p>\n");
    }
  }

  private void glossary() {
    b.append("<section id=\"glossary\"><h2>Glossary</h2>\n<dl>\n");
    for (Detector d : Detector.values()) {
      b.append("<dt>").append(e(d.title())).append("</dt><dd>").append(e(d.glossary())).append("</dd>\n");
    }
    b.append("<dt>roles</dt><dd>").append(e("source: pays into the flagged flow and receives nothing from it "
        + "(victim-like when it makes few payments carrying most of its money); mule: passes on most of what it "
        + "receives; collector: paid by many, pays few; distributor: paid by few, pays many; exit: money rests there "
        + "or leaves the data (cash-out, exchange)."))
        .append("</dd>\n<dt>score</dt><dd>").append(e("an account's score is the risk of the riskiest finding of the "
            + "case about it (0 for a counterparty only). A score ranks accounts for review; it is not proof."))
        .append("</dd>\n<dt>risk</dt><dd>").append(e("0 to 100, the sum of explained components (weights in the "
            + "settings section risk):")).append("<ul>");
    RiskWeights.MEANINGS.forEach((name, meaning) -> b.append("<li><b>").append(e(name)).append("</b>: ")
        .append(e(meaning)).append("</li>"));
    b.append("</ul>")
        .append("</dd>\n</dl>\n</section>\n");
  }

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem auto;max-width:1200px;\
      color:#222;line-height:1.4;padding:0 1rem}
      h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
      table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
      th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
      th{background:#f4f6f9}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.id{white-space:nowrap}
      table.kv th{width:16rem}ul{margin:0;padding-left:1.1rem}
      .pictures{overflow-x:auto}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}
      svg.picture text{font-size:11px;font-family:inherit}svg.picture .edge-label{font-size:10px;fill:#333}
      .note{color:#555;font-style:italic}.statement{font-size:1.05rem;background:#f7f7f2;padding:.5rem .75rem;\
      border-left:4px solid #b5651d}.risk{font-size:1rem;font-weight:normal;color:#b5651d;margin-left:.5rem}
      @media print{.case{page-break-before:always}}
      """;
}
