package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.report.CaseReport;
import io.moneytrail.report.Json;
import java.nio.file.Files;
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
}
