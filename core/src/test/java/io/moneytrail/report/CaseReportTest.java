package io.moneytrail.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.analysis.cases.CaseAccount;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a case report: structure, escaping, graph re-import, determinism, verification. */
class CaseReportTest {
  static final Path SCAM = Path.of("../examples/data/scam-centre.csv");
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ONERROR = "\"onerror=alert(2)";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example/x\",\"click\")";

  @TempDir
  Path tmp;

  static Path write(Path input, Path dir) throws Exception {
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), input);
    AnalysisResult r = Analysis.run(load, AnalysisSettings.defaults());
    CaseReport.write(r, new RunInfo("test", List.of("moneytrail", "analyze", input.toString()), Map.of(), Duration.ZERO),
        ReportOptions.defaults(), dir);
    return dir;
  }

  /** A small ledger with hostile account names: a fan-in into SCRIPT from five senders, one of them FORMULA. */
  Path hostileInput() throws Exception {
    StringBuilder csv = new StringBuilder("tx_id,timestamp,from_account,to_account,amount,currency\n");
    String[] senders = {q(FORMULA), q(ONERROR), "S3", "S4", "S5"};
    for (int i = 0; i < senders.length; i++) {
      csv.append("T").append(i + 1).append(",2025-03-0").append(i + 1).append("T10:00:00Z,").append(senders[i])
          .append(',').append(q(SCRIPT)).append(",1000.00,EUR\n");
    }
    csv.append("T9,2025-03-09T10:00:00Z,S3,S4,not-a-number,EUR\n");
    Path p = tmp.resolve("hostile.csv");
    Files.writeString(p, csv.toString(), StandardCharsets.UTF_8);
    return p;
  }

  private static String q(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static List<String> svgs(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<svg[\\s>].*?</svg>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void writesEveryFileAndTheManifestListsThemWithHashes() throws Exception {
    Path dir = write(SCAM, tmp.resolve("out"));
    List<String> expected = List.of("findings.json", "cases.csv", "cycles.csv", "fan-out.csv", "fan-in.csv",
        "scatter-gather.csv", "gather-scatter.csv", "mules.csv", "structuring.csv", "accounts.csv", "rejects.csv",
        "graph.graphml", "graph.gexf", "graph.dot", "report.html");
    JsonNode manifest = Json.mapper().readTree(dir.resolve("manifest.json").toFile());
    List<String> listed = new ArrayList<>();
    for (JsonNode o : manifest.get("outputs")) {
      listed.add(o.get("file").asText());
      assertEquals(CaseReport.sha256(dir.resolve(o.get("file").asText())), o.get("sha256").asText());
    }
    assertEquals(expected, listed);
    JsonNode in = manifest.get("inputs").get(0);
    assertEquals(CaseReport.sha256(SCAM), in.get("sha256").asText());
    assertEquals(558, in.get("rowsRead").asLong());
    assertEquals(558, in.get("rowsLoaded").asLong());
    assertEquals(Files.size(SCAM), in.get("sizeBytes").asLong());
    assertTrue(manifest.get("timings").has("analysisMillis"));
    assertEquals("analyze", manifest.get("commandLine").get(1).asText());
    List<CSVRecord> mules;
    try (Reader r = Files.newBufferedReader(dir.resolve("mules.csv"))) {
      mules = CSVFormat.RFC4180.parse(r).getRecords();
    }
    assertEquals(List.of("id", "case", "kind", "account", "currency", "episodes", "retention"),
        mules.get(0).toList().subList(0, 7));
    assertEquals(1 + 7, mules.size());
    assertEquals(List.of("risk", "risk_components"), mules.get(0).toList().subList(mules.get(0).size() - 2,
        mules.get(0).size()));
    List<CSVRecord> cycles;
    try (Reader r = Files.newBufferedReader(dir.resolve("cycles.csv"))) {
      cycles = CSVFormat.RFC4180.parse(r).getRecords();
    }
    assertEquals(List.of("cycles-1", "cycles", "COLLECTOR-2;SHELL-A-LTD;SHELL-B-LTD;SHELL-C-LTD"),
        List.of(cycles.get(1).get(0), cycles.get(1).get(2), cycles.get(1).get(3)));
    assertEquals("amounts", cycles.get(0).get(8));
    assertEquals("25000.00;24000.00;23040.00;22118.40", cycles.get(1).get(8));
    JsonNode findings = Json.mapper().readTree(dir.resolve("findings.json").toFile());
    assertEquals(2, findings.get("schemaVersion").asInt());
    assertEquals(1, findings.get("findings").get("cycles").size());
    assertEquals("cycles-1", findings.get("findings").get("cycles").get(0).get("id").asText());
    assertEquals(7, findings.get("findings").get("mules").size());
    JsonNode top = findings.get("cases").get(0);
    assertEquals("case-1", top.get("id").asText());
    assertTrue(top.get("risk").asInt() >= findings.get("cases").get(1).get("risk").asInt());
    assertTrue(top.get("statement").asText().startsWith("From "), top.get("statement").asText());
    assertEquals("base", top.get("riskComponents").get(0).get("name").asText());
    assertTrue(top.get("exits").size() > 0 && top.get("exits").get(0).has("receivedFrom"));
    assertTrue(top.get("accounts").get(0).has("external"));
    // every finding carries its risk and the case it is in (if any), the same as in its CSV
    JsonNode cycle = findings.get("findings").get("cycles").get(0);
    assertTrue(cycle.get("risk").isInt() && cycle.get("riskComponents").isArray());
    assertEquals(cycle.get("case").asText(""), cycles.get(1).get(1));
    assertEquals(cycle.get("risk").asText(), cycles.get(1).get(cycles.get(0).size() - 2));
    assertTrue(findings.get("summary").get("caseRule").asText().contains("50 accounts"));
    List<CSVRecord> cases;
    try (Reader r = Files.newBufferedReader(dir.resolve("cases.csv"))) {
      cases = CSVFormat.RFC4180.parse(r).getRecords();
    }
    assertEquals(List.of("risk", "risk_components", "statement", "victims", "exits"),
        cases.get(0).toList().subList(9, 14));
    assertEquals(top.get("statement").asText(), cases.get(1).get(11));
  }

  @Test
  void withThousandsOfCasesTheHtmlAndTheGraphsHoldTheTopCasesAndTheDataFilesAll() throws Exception {
    StringBuilder csv = new StringBuilder("tx_id,timestamp,from_account,to_account,amount,currency\n");
    int networks = 260;
    for (int n = 0; n < networks; n++) {
      for (int k = 0; k < 6; k++) {
        csv.append("T").append(n).append('-').append(k).append(",2025-01-01T00:00:00Z".replace("01T00", String.format(
            "%02dT%02d", 1 + n % 28, k))).append(",S").append(n).append('-').append(k).append(",M").append(n)
            .append(',').append(1000 + k).append(".00,EUR\n");
      }
    }
    Path input = tmp.resolve("many.csv");
    Files.writeString(input, csv);
    Path dir = write(input, tmp.resolve("out"));
    AnalysisResult r = Analysis.run(LedgerReader.read(IngestOptions.defaults(), input), AnalysisSettings.defaults());
    assertTrue(r.cases().size() > ReportOptions.LISTED_CASES, r.cases().size() + " cases");
    Document doc = Jsoup.parse(Files.readString(dir.resolve("report.html")));
    assertEquals(ReportOptions.LISTED_CASES, doc.select("#cases tr").size() - 1);
    assertTrue(doc.select("#cases p.note").text().contains("200 of " + r.cases().size() + " cases listed"));
    assertEquals(ReportOptions.defaults().topCases(), doc.select("section.case").size());
    Set<String> topAccounts = new HashSet<>();
    r.cases().subList(0, ReportOptions.LISTED_CASES).forEach(c -> c.accounts().forEach(a -> topAccounts.add(a.account())));
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    GraphMLImporter<String, DefaultEdge> gml = new GraphMLImporter<>();
    gml.setSchemaValidation(false);
    gml.setVertexFactory(id -> id);
    try (Reader in = Files.newBufferedReader(dir.resolve("graph.graphml"))) {
      gml.importGraph(g, in);
    }
    assertEquals(topAccounts.size(), g.vertexSet().size(), "the graph holds the listed cases only");
    List<CSVRecord> cases;
    try (Reader in = Files.newBufferedReader(dir.resolve("cases.csv"))) {
      cases = CSVFormat.RFC4180.parse(in).getRecords();
    }
    assertEquals(r.cases().size() + 1, cases.size(), "cases.csv holds every case");
  }

  @Test
  void findingsJsonIsStreamedWithTheBytesOfTheWholeTree() throws Exception {
    for (Path input : List.of(SCAM, hostileInput())) {
      AnalysisResult r = Analysis.run(LedgerReader.read(IngestOptions.defaults(), input), AnalysisSettings.defaults());
      java.io.StringWriter streamed = new java.io.StringWriter();
      FindingsJson.write(r, streamed);
      assertEquals(Json.toString(FindingsJson.tree(r)), streamed.toString(), input.toString());
    }
  }

  @Test
  void reportHtmlIsSelfContainedWithWellFormedSvgs() throws Exception {
    Path dir = write(SCAM, tmp.resolve("out"));
    String html = Files.readString(dir.resolve("report.html"));
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script, link, img, iframe, object, embed").isEmpty());
    assertFalse(html.contains("http:") || html.contains("https:") || html.contains("//"), "no URL of any kind");
    for (Element el : doc.getAllElements()) {
      el.attributes().forEach(a -> {
        assertFalse(a.getKey().startsWith("on"), a.getKey());
        if (a.getKey().equals("href")) {
          assertTrue(a.getValue().startsWith("#"), a.getValue());
        }
      });
    }
    List<String> raw = svgs(html);
    assertEquals(doc.select("svg").size(), raw.size());
    assertTrue(raw.size() >= 1 + 7, "an overview per case plus a picture per typology of the top case");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    for (String svg : raw) {
      f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
    // the round trip is drawn as a ring with dates and amounts on its arrows
    Element ring = doc.select("figure:has(figcaption:contains(cycles-1)) svg").first();
    assertTrue(ring != null);
    assertEquals(4, ring.select("g.arrow").size());
    assertTrue(ring.text().contains("2025-04-18 25000.00 EUR"), ring.text());
    assertTrue(ring.text().contains("25000.00 EUR"), ring.text());
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), SCAM);
    AnalysisResult r = Analysis.run(load, AnalysisSettings.defaults());
    assertEquals(r.cases().size(), doc.select("#cases tr").size() - 1);
    assertTrue(doc.select("#glossary dt").eachText().contains("structuring"));
    assertTrue(doc.select("#glossary li").text().contains("regularFlows"));
    Case first = r.cases().get(0);
    assertEquals(first.statement(), doc.select("#case-1 p.statement").text());
    assertTrue(doc.select("#case-1 h3").eachText().contains("Why this risk"));
    assertTrue(doc.select("#case-1 td").eachText().contains(first.accounts().get(0).account()));
    assertTrue(doc.select("#case-1 td.num").eachText().stream().anyMatch(t -> t.matches("[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2} EUR")),
        "amounts for people");
    assertFalse(Pattern.compile("\\bP(T[0-9]|[0-9]+D)").matcher(html).find(), "durations in words, not ISO-8601");
  }

  @Test
  void hostileAccountNamesAreEscapedInHtmlAndNeutralisedInCsv() throws Exception {
    Path dir = write(hostileInput(), tmp.resolve("out"));
    String html = Files.readString(dir.resolve("report.html"));
    assertFalse(html.contains("<script"), "no script element");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.contains(ONERROR), "the quote is escaped");
    assertTrue(html.contains("&quot;onerror=alert(2)"));
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty());
    for (Element el : doc.getAllElements()) {
      el.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), a.getKey()));
    }
    assertTrue(doc.text().contains(SCRIPT), "shown as text");
    for (String svg : svgs(html)) {
      DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
    Set<String> seen = new HashSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        try (Reader r = Files.newBufferedReader(p)) {
          for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) {
            for (String cell : rec) {
              seen.add(cell);
              assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, p + ": " + cell);
            }
          }
        }
      }
    }
    assertTrue(seen.contains("'" + FORMULA), "formula neutralised in accounts.csv");
    assertTrue(seen.contains(SCRIPT));
    String rejects = Files.readString(dir.resolve("rejects.csv"));
    assertTrue(rejects.contains("not-a-number"));
  }

  @Test
  void graphFilesReimportWithTheSameCounts() throws Exception {
    Path dir = write(SCAM, tmp.resolve("out"));
    LoadResult load = LedgerReader.read(IngestOptions.defaults(), SCAM);
    AnalysisResult r = Analysis.run(load, AnalysisSettings.defaults());
    Set<String> names = new HashSet<>();
    Set<Integer> rows = new HashSet<>();
    for (Case c : r.cases()) {
      names.addAll(c.accounts().stream().map(CaseAccount::account).toList());
      rows.addAll(c.rows());
    }
    int vertices = names.size();
    int edges = (int) rows.stream().filter(row -> names.contains(load.ledger().from(row))
        && names.contains(load.ledger().to(row))).count();
    assertTrue(vertices > 50 && edges > 300, vertices + " " + edges);
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    GraphMLImporter<String, DefaultEdge> gml = new GraphMLImporter<>();
    gml.setSchemaValidation(false);
    gml.setVertexFactory(id -> id);
    try (Reader in = Files.newBufferedReader(dir.resolve("graph.graphml"))) {
      gml.importGraph(g, in);
    }
    assertEquals(vertices, g.vertexSet().size());
    assertEquals(edges, g.edgeSet().size());
    Graph<String, DefaultEdge> h = new DirectedPseudograph<>(DefaultEdge.class);
    SimpleGEXFImporter<String, DefaultEdge> gexf = new SimpleGEXFImporter<>();
    gexf.setVertexFactory(id -> id);
    try (Reader in = Files.newBufferedReader(dir.resolve("graph.gexf"))) {
      gexf.importGraph(h, in);
    }
    assertEquals(vertices, h.vertexSet().size());
    assertEquals(edges, h.edgeSet().size());
    String dot = Files.readString(dir.resolve("graph.dot"));
    assertEquals(edges, Pattern.compile(" -> ").matcher(dot).results().count());
  }

  @Test
  void sameInputTwiceGivesIdenticalFilesWhateverTheFolderName() throws Exception {
    Path a = write(SCAM, tmp.resolve("first-run-qx7"));
    Path b = write(SCAM, tmp.resolve("other-zz9"));
    try (Stream<Path> files = Files.list(a)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        byte[] x = Files.readAllBytes(p);
        String text = new String(x, StandardCharsets.UTF_8);
        assertFalse(text.contains("first-run-qx7"), name + " mentions the output folder");
        assertFalse(text.contains(tmp.toString()), name + " mentions the output path");
        if (!name.equals("manifest.json")) {
          assertArrayEquals(x, Files.readAllBytes(b.resolve(name)), name);
        }
      }
    }
  }

  @Test
  void verifyDetectsChangedAndMissingInputsAndOutputs() throws Exception {
    Path input = tmp.resolve("in.csv");
    Files.copy(SCAM, input);
    Path dir = write(input, tmp.resolve("out"));
    ManifestCheck.Result ok = ManifestCheck.verify(dir);
    assertTrue(ok.allMatch());
    assertEquals(1 + 15, ok.checks().size());

    Files.writeString(dir.resolve("cycles.csv"), "tampered\n", java.nio.file.StandardOpenOption.APPEND);
    ManifestCheck.Result changed = ManifestCheck.verify(dir);
    assertFalse(changed.allMatch());
    List<ManifestCheck.Check> bad = changed.checks().stream().filter(c -> c.status() != ManifestCheck.Status.OK).toList();
    assertEquals(1, bad.size());
    assertEquals("cycles.csv", bad.get(0).file());
    assertEquals(ManifestCheck.Status.CHANGED, bad.get(0).status());

    Files.delete(dir.resolve("graph.dot"));
    byte[] data = Files.readAllBytes(input);
    data[data.length - 3] = (byte) (data[data.length - 3] == '1' ? '2' : '1');
    Files.write(input, data);
    List<ManifestCheck.Check> all = ManifestCheck.verify(dir).checks();
    assertEquals(ManifestCheck.Status.CHANGED, all.get(0).status());
    assertEquals("input", all.get(0).kind());
    assertTrue(all.get(0).detail().contains("same size"), all.get(0).detail());
    assertEquals(ManifestCheck.Status.MISSING,
        all.stream().filter(c -> c.file().equals("graph.dot")).findFirst().orElseThrow().status());
    assertEquals(3, all.stream().filter(c -> c.status() != ManifestCheck.Status.OK).count());
  }
}
