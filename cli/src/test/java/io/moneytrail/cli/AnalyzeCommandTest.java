package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.report.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code moneytrail analyze} and {@code moneytrail verify} run in-process. */
class AnalyzeCommandTest {
  static final String SCAM = "../examples/data/scam-centre.csv";

  @TempDir
  Path tmp;

  @Test
  void analyzeWritesTheReportAndPrintsAOneScreenSummary() throws Exception {
    Path out = tmp.resolve("report");
    CliRun run = CliRun.of("analyze", SCAM, "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err(), "no progress when stderr is not a terminal");
    assertTrue(run.out().contains("558 rows read, 558 loaded, 0 rejected"), run.out());
    assertTrue(run.out().matches("(?s).*cases: \\d+\n.*"), run.out());
    assertTrue(run.out().contains("#1   case-1    risk 100"), run.out());
    assertTrue(run.out().matches("(?s).*[0-9],[0-9]{3}\\.[0-9]{2} EUR.*"), "amounts for people: " + run.out());
    assertTrue(run.out().contains("report: " + out.resolve("report.html")), run.out());
    assertTrue(run.out().lines().count() <= 24, "fits one screen");
    assertTrue(Files.isRegularFile(out.resolve("report.html")));
    JsonNode manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals("moneytrail", manifest.get("commandLine").get(0).asText());
    assertEquals(SCAM, manifest.get("commandLine").get(2).asText());
    assertEquals("--out", manifest.get("commandLine").get(3).asText());
    assertEquals("Z", manifest.get("options").get("ingest").get("zone").asText());
    assertEquals("auto", manifest.get("options").get("ingest").get("format").asText());
    assertEquals(5, manifest.get("options").get("analysis").get("fan-in").get("minCounterparties").asInt());
    assertEquals(10, manifest.get("options").get("report").get("topCases").asInt());
  }

  @Test
  void benignAccountsFromAFileAreExternalInEveryCaseAndABadFileIsAnInputError() throws Exception {
    Path list = tmp.resolve("benign.csv");
    Files.writeString(list, "account,reason\nCOLLECTOR-1,known merchant\n");
    Path out = tmp.resolve("report");
    CliRun run = CliRun.of("analyze", SCAM, "--out", out.toString(), "--benign-accounts", list.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode findings = Json.mapper().readTree(out.resolve("findings.json").toFile());
    assertEquals("known merchant", findings.get("settings").get("cases").get("benign").get("COLLECTOR-1").asText());
    int seen = 0;
    for (JsonNode c : findings.get("cases")) {
      for (JsonNode a : c.get("accounts")) {
        if (a.get("account").asText().equals("COLLECTOR-1")) {
          assertTrue(a.get("external").asBoolean(), c.get("id").asText());
          seen++;
        }
      }
    }
    assertTrue(seen > 0);
    CliRun missing = CliRun.of("analyze", SCAM, "--out", tmp.resolve("x").toString(), "--benign-accounts",
        tmp.resolve("nope.csv").toString());
    assertEquals(3, missing.exitCode());
    assertTrue(missing.err().contains("--benign-accounts: file not found"), missing.err());
    Files.writeString(list, "account,reason\nA,ok\n,empty\n");
    CliRun bad = CliRun.of("analyze", SCAM, "--out", tmp.resolve("y").toString(), "--benign-accounts", list.toString());
    assertEquals(3, bad.exitCode());
    assertTrue(bad.err().contains("benign.csv:3"), bad.err());
    assertFalse(Files.exists(tmp.resolve("y").resolve("report.html")), "nothing written after a bad input");
  }

  @Test
  void anEarlierReportIsReplacedOnlyWithForceAndAnotherFolderNever() throws Exception {
    Path out = tmp.resolve("report");
    assertEquals(0, CliRun.of("analyze", SCAM, "--out", out.toString()).exitCode());
    CliRun again = CliRun.of("analyze", SCAM, "--out", out.toString());
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains("holds an earlier report; add --force to replace it whole"), again.err());
    Files.writeString(out.resolve("notes.txt"), "stale");
    CliRun forced = CliRun.of("analyze", SCAM, "--out", out.toString(), "--force");
    assertEquals(0, forced.exitCode(), forced.err());
    assertFalse(Files.exists(out.resolve("notes.txt")), "replaced whole");
    assertEquals(0, CliRun.of("verify", out.toString()).exitCode());
    Path home = tmp.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("thesis.tex"), "precious");
    CliRun refused = CliRun.of("analyze", SCAM, "--out", home.toString(), "--force");
    assertEquals(2, refused.exitCode());
    assertTrue(refused.err().contains("holds no moneytrail report"), refused.err());
    assertEquals("precious", Files.readString(home.resolve("thesis.tex")));
    try (Stream<Path> files = Files.list(home)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void outputsDoNotDependOnTheOutputFolder() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, CliRun.of("analyze", SCAM, "--out", a.toString()).exitCode());
    assertEquals(0, CliRun.of("analyze", SCAM, "--out", b.toString()).exitCode());
    try (Stream<Path> files = Files.list(a)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.equals("manifest.json")) {
          assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(b.resolve(name)), name);
        }
      }
    }
  }

  @Test
  void settingsFileAndSetOverrideTheDetectors() throws Exception {
    Path settings = tmp.resolve("settings.json");
    Files.writeString(settings, "{\"fanIn\": {\"minCounterparties\": 50}}");
    Path out = tmp.resolve("r");
    CliRun run = CliRun.of("analyze", SCAM, "--out", out.toString(), "--settings", settings.toString(),
        "--set", "structuring.threshold=20000", "--top-cases", "1");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode findings = Json.mapper().readTree(out.resolve("findings.json").toFile());
    assertEquals(0, findings.get("summary").get("findings").get("fan-in").asInt());
    assertEquals(0, findings.get("summary").get("findings").get("structuring").asInt());
    assertEquals("20000", findings.get("settings").get("structuring").get("threshold").asText());
    assertEquals(50, findings.get("settings").get("fan-in").get("minCounterparties").asInt());
    JsonNode manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(1, manifest.get("options").get("report").get("topCases").asInt());
  }

  @Test
  void badSettingsAreUsageErrorsAndMissingInputIsAnInputError() {
    CliRun bad = CliRun.of("analyze", SCAM, "--out", tmp.resolve("x").toString(), "--set", "fanIn.k=3");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("fanIn.k"), bad.err());
    CliRun noEq = CliRun.of("analyze", SCAM, "--out", tmp.resolve("x").toString(), "--set", "fanIn");
    assertEquals(2, noEq.exitCode());
    CliRun missing = CliRun.of("analyze", tmp.resolve("nope.csv").toString(), "--out", tmp.resolve("y").toString());
    assertEquals(3, missing.exitCode());
    CliRun noOut = CliRun.of("analyze", SCAM);
    assertEquals(2, noOut.exitCode());
  }

  @Test
  void verifyPassesThenReportsChangedInputAndOutput() throws Exception {
    Path input = tmp.resolve("in.csv");
    Files.copy(Path.of(SCAM), input);
    Path out = tmp.resolve("case");
    assertEquals(0, CliRun.of("analyze", input.toString(), "--out", out.toString()).exitCode());
    CliRun ok = CliRun.of("verify", out.toString());
    assertEquals(0, ok.exitCode(), ok.out());
    assertTrue(ok.out().startsWith("verified: all 16 files match"), ok.out());

    Files.writeString(out.resolve("report.html"), "<!-- edited -->", StandardOpenOption.APPEND);
    CliRun changedOutput = CliRun.of("verify", out.toString());
    assertEquals(1, changedOutput.exitCode());
    assertTrue(changedOutput.out().contains("changed output report.html"), changedOutput.out());
    assertFalse(changedOutput.out().contains("in.csv"), changedOutput.out());

    Files.writeString(input, "TX99999,2025-05-01T00:00:00Z,A,B,1.00,EUR\n", StandardOpenOption.APPEND);
    CliRun changedInput = CliRun.of("verify", out.toString());
    assertEquals(1, changedInput.exitCode());
    assertTrue(changedInput.out().contains("changed input " + input), changedInput.out());
    assertTrue(changedInput.out().contains("NOT verified: 2 of 16"), changedInput.out());

    Files.delete(input);
    assertTrue(CliRun.of("verify", out.toString()).out().contains("missing input"));
  }

  @Test
  void verifyFindsHandedOverInputsByNameWithInputDir() throws Exception {
    Path input = tmp.resolve("in.csv");
    Files.copy(Path.of(SCAM), input);
    Path out = tmp.resolve("case");
    assertEquals(0, CliRun.of("analyze", input.toString(), "--out", out.toString()).exitCode());
    Path handedOver = Files.createDirectories(tmp.resolve("evidence"));
    Files.move(input, handedOver.resolve("in.csv"));
    assertEquals(1, CliRun.of("verify", out.toString()).exitCode());
    CliRun ok = CliRun.of("verify", out.toString(), "--input-dir", handedOver.toString());
    assertEquals(0, ok.exitCode(), ok.out());
  }

  @Test
  void dataWithNothingFlaggedAndOnlyRejectedRowsStillGiveAVerifiableReport() throws Exception {
    Path input = tmp.resolve("bad.csv");
    Files.writeString(input, "tx_id,timestamp,from_account,to_account,amount,currency\n"
        + "T1,2025-01-01T00:00:00Z,A,B,abc,EUR\nT2,2025-01-02T00:00:00Z,A,B,5.00,EUR\n");
    Path out = tmp.resolve("empty");
    CliRun run = CliRun.of("analyze", input.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("2 rows read, 1 loaded, 1 rejected (see rejects.csv)"), run.out());
    assertTrue(run.out().contains("cases: 0"), run.out());
    assertTrue(Files.readString(out.resolve("report.html")).contains("No finding reached the risk of a case"));
    assertTrue(Files.readString(out.resolve("rejects.csv")).contains("amount is not a number"));
    assertEquals(0, CliRun.of("verify", out.toString()).exitCode());
  }

  @Test
  void verifyWithoutManifestIsAnInputError() {
    CliRun run = CliRun.of("verify", tmp.toString());
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("no manifest.json"), run.err());
  }
}
