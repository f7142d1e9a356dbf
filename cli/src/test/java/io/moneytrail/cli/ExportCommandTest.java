package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.report.CaseReport;
import io.moneytrail.report.Json;
import java.nio.file.Files;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code moneytrail export}: the handover chain and its exit codes. */
class ExportCommandTest {
  @TempDir
  Path tmp;

  private Path report() {
    Path out = tmp.resolve("report");
    assertEquals(0, CliRun.of("analyze", AnalyzeCommandTest.SCAM, "--out", out.toString()).exitCode());
    return out;
  }

  @Test
  void theSidecarHoldsTheExportsHashAndTheReportsManifestHash() throws Exception {
    Path report = report();
    Path ftm = tmp.resolve("cases.ftm.json");
    CliRun run = CliRun.of("export", report.toString(), "--to", "ftm", "--case", "case-1", "--out", ftm.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("exported 1 case(s)"), run.out());
    JsonNode sidecar = Json.mapper().readTree(tmp.resolve("cases.ftm.json.manifest.json").toFile());
    assertEquals("ftm", sidecar.get("format").asText());
    assertEquals(CaseReport.sha256(ftm), sidecar.get("files").get(0).get("sha256").asText());
    assertEquals(CaseReport.sha256(report.resolve("manifest.json")), sidecar.get("report").get("manifestSha256").asText());
    assertEquals("case-1", sidecar.get("cases").get(0).asText());
    Path again = tmp.resolve("again.ftm.json");
    assertEquals(0, CliRun.of("export", report.toString(), "--to", "ftm", "--case", "case-1", "--out", again.toString())
        .exitCode());
    assertEquals(Files.readString(ftm), Files.readString(again), "byte-identical reruns");

    Path neo = tmp.resolve("neo");
    assertEquals(0, CliRun.of("export", report.toString(), "--to", "neo4j", "--out", neo.toString()).exitCode());
    assertTrue(Files.isRegularFile(neo.resolve("payments.csv")) && Files.isRegularFile(neo.resolve("export.manifest.json")));
    CliRun exists = CliRun.of("export", report.toString(), "--to", "neo4j", "--out", neo.toString());
    assertEquals(2, exists.exitCode());
  }

  @Test
  void anxWritesAnAnalystsNotebookChartWithItsSidecarAndTheSameBytesOnARerun() throws Exception {
    Path report = report();
    Path anx = tmp.resolve("cases.anx");
    CliRun run = CliRun.of("export", report.toString(), "--to", "anx", "--out", anx.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("as anx to " + anx), run.out());
    JsonNode sidecar = Json.mapper().readTree(tmp.resolve("cases.anx.manifest.json").toFile());
    assertEquals("anx", sidecar.get("format").asText());
    assertEquals("cases.anx", sidecar.get("files").get(0).get("file").asText());
    assertEquals(CaseReport.sha256(anx), sidecar.get("files").get(0).get("sha256").asText());
    assertEquals(Files.size(anx), sidecar.get("files").get(0).get("sizeBytes").asLong());
    assertEquals(CaseReport.sha256(report.resolve("manifest.json")), sidecar.get("report").get("manifestSha256").asText());
    assertTrue(Files.readString(anx).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Chart "));
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document chart = f.newDocumentBuilder().parse(anx.toFile());
    assertEquals("Chart", chart.getDocumentElement().getTagName());
    assertEquals(sidecar.get("transactions").asInt(), chart.getElementsByTagName("Link").getLength());
    Path again = tmp.resolve("again.anx");
    assertEquals(0, CliRun.of("export", report.toString(), "--to", "anx", "--out", again.toString()).exitCode());
    assertEquals(-1, Files.mismatch(anx, again), "byte-identical reruns");
    CliRun folder = CliRun.of("export", report.toString(), "--to", "anx", "--out", tmp.toString());
    assertEquals(2, folder.exitCode());
    assertTrue(folder.err().contains("anx writes a file"), folder.err());
  }

  @Test
  void aChangedReportExits1AnUnknownCaseOrFormat2AndAFolderWithoutManifest3() throws Exception {
    Path report = report();
    CliRun unknown = CliRun.of("export", report.toString(), "--to", "ftm", "--case", "case-999", "--out",
        tmp.resolve("x.json").toString());
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("--case case-999: no such case"), unknown.err());
    assertEquals(2, CliRun.of("export", report.toString(), "--to", "pdf", "--out", tmp.resolve("y").toString()).exitCode());
    Files.writeString(report.resolve("cases.csv"), "tampered\n", StandardOpenOption.APPEND);
    CliRun changed = CliRun.of("export", report.toString(), "--to", "ftm", "--out", tmp.resolve("z.json").toString());
    assertEquals(1, changed.exitCode());
    assertTrue(changed.err().contains("does not match its manifest (output cases.csv changed"), changed.err());
    assertEquals(1, changed.err().lines().count(), "one line");
    assertFalse(Files.exists(tmp.resolve("z.json")), "nothing written");
    CliRun none = CliRun.of("export", tmp.toString(), "--to", "ftm", "--out", tmp.resolve("w.json").toString());
    assertEquals(3, none.exitCode());
  }

  static final String REPORTING = "../docs/goaml-reporting.example.yaml";
  static final String XSD = "../core/src/test/resources/io/moneytrail/export/goaml-test.xsd";

  @Test
  void goamlWritesAReportValidAgainstTheSchemaWithTheSameBytesOnEveryRun() throws Exception {
    Path report = report();
    Path str = tmp.resolve("str.xml");
    CliRun run = CliRun.of("export", report.toString(), "--to", "goaml", "--reporting", REPORTING, "--xsd", XSD,
        "--case", "case-3", "--out", str.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("exported 1 case(s), 16 transaction(s) as goaml"), run.out());
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Element root = f.newDocumentBuilder().parse(str.toFile()).getDocumentElement();
    assertEquals("report", root.getTagName());
    assertEquals(16, root.getElementsByTagName("transaction").getLength());
    assertTrue(root.getElementsByTagName("t_to_my_client").getLength() > 0,
        "MULE-02, the collector of case-3, is an own client in the example");
    JsonNode sidecar = Json.mapper().readTree(tmp.resolve("str.xml.manifest.json").toFile());
    assertEquals("goaml", sidecar.get("format").asText());
    assertEquals(CaseReport.sha256(str), sidecar.get("files").get(0).get("sha256").asText());
    Path again = tmp.resolve("again.xml");
    assertEquals(0, CliRun.of("export", report.toString(), "--to", "goaml", "--reporting", REPORTING, "--case",
        "case-3", "--out", again.toString()).exitCode());
    assertEquals(-1L, Files.mismatch(str, again), "byte-identical reruns");
  }

  @Test
  void goamlUsageErrorsExit2AndInputsItCannotCarryExit3InOneLineWritingNothing() throws Exception {
    Path report = report();
    Path out = tmp.resolve("str.xml");
    String[][] usage = {
        {"--to", "goaml"},
        {"--to", "ftm", "--reporting", REPORTING},
        {"--to", "neo4j", "--xsd", XSD},
    };
    for (String[] u : usage) {
      List<String> args = new java.util.ArrayList<>(List.of("export", report.toString(), "--out", out.toString()));
      args.addAll(List.of(u));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, run.exitCode(), String.join(" ", u) + ": " + run.err());
      assertTrue(run.err().contains("--reporting") || run.err().contains("--xsd"), run.err());
    }
    String example = Files.readString(Path.of(REPORTING));
    Path noCity = tmp.resolve("no-city.yaml");
    Files.writeString(noCity, example.replace("  city: Vienna\n", ""));
    CliRun missing = CliRun.of("export", report.toString(), "--to", "goaml", "--reporting", noCity.toString(), "--out",
        out.toString());
    assertEquals(2, missing.exitCode());
    assertEquals("moneytrail: --reporting " + noCity + ": missing key 'location.city'\n", missing.err().replace("\r", ""));
    Path unknown = tmp.resolve("unknown.yaml");
    Files.writeString(unknown, example + "colour: red\n");
    CliRun refused = CliRun.of("export", report.toString(), "--to", "goaml", "--reporting", unknown.toString(), "--out",
        out.toString());
    assertEquals(2, refused.exitCode());
    assertTrue(refused.err().contains("unknown key 'colour'") && refused.err().lines().count() == 1, refused.err());

    Path usd = tmp.resolve("usd.yaml");
    Files.writeString(usd, example.replace("currency_code_local: EUR", "currency_code_local: USD"));
    CliRun foreign = CliRun.of("export", report.toString(), "--to", "goaml", "--reporting", usd.toString(), "--case",
        "case-7", "--out", out.toString());
    assertEquals(3, foreign.exitCode());
    assertTrue(foreign.err().startsWith("moneytrail: transaction ") && foreign.err().contains(" is in EUR, not in "
        + "currency_code_local USD"), foreign.err());
    assertEquals(1, foreign.err().lines().count(), foreign.err());

    Path strict = tmp.resolve("strict.xsd");
    String xsd = Files.readString(Path.of(XSD));
    assertTrue(xsd.contains("<xs:element name=\"report_code\" type=\"code\"/>"));
    Files.writeString(strict, xsd.replace("<xs:element name=\"report_code\" type=\"code\"/>",
        "<xs:element name=\"report_code\"><xs:simpleType><xs:restriction base=\"xs:string\">"
        + "<xs:enumeration value=\"SAR\"/></xs:restriction></xs:simpleType></xs:element>"));
    CliRun invalid = CliRun.of("export", report.toString(), "--to", "goaml", "--reporting", REPORTING, "--xsd",
        strict.toString(), "--out", out.toString());
    assertEquals(3, invalid.exitCode(), invalid.err());
    List<String> lines = invalid.err().lines().toList();
    assertTrue(lines.get(0).contains("breaks the schema") && lines.get(0).contains("nothing was written"), lines.get(0));
    assertTrue(lines.size() >= 2 && lines.stream().skip(1).allMatch(l -> l.startsWith("  line 6, column ")), invalid.err());
    assertTrue(lines.get(1).contains("STR"), lines.get(1));
    assertFalse(Files.exists(out), "nothing written");
    assertFalse(Files.exists(tmp.resolve("str.xml.manifest.json")), "no sidecar");
    try (var listing = Files.list(tmp)) {
      assertTrue(listing.noneMatch(p -> p.getFileName().toString().contains(".writing-")), "no temporary file left");
    }
  }
}
