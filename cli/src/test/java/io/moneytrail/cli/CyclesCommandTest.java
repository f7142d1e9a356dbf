package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.moneytrail.analysis.Detector;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code moneytrail cycles}, run in-process through the configured root command line. */
class CyclesCommandTest {
  /** Surefire runs in the cli module directory. */
  private static final String SCAM_CENTRE = "../examples/data/scam-centre.csv";
  private static final List<String> ROUND_TRIP_IDS = List.of("TX00504", "TX00514", "TX00526", "TX00535");
  private static final String HEADER = "tx_id,timestamp,from_account,to_account,amount,currency\n";

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static JsonNode parseWholeDocument(String text) throws IOException {
    return Json.mapper().readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(text);
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private Path csv(String name, String rows) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
    return file;
  }

  /** Two 2-hop round trips, A<->B on days 1-2 and C<->D on days 3-4. */
  private Path twoRoundTrips() throws IOException {
    return csv("two.csv", """
        t1,2025-01-01T00:00:00Z,A,B,100.00,EUR
        t2,2025-01-02T00:00:00Z,B,A,90.00,EUR
        t3,2025-01-03T00:00:00Z,C,D,50.00,EUR
        t4,2025-01-04T00:00:00Z,D,C,50.00,EUR
        """);
  }

  @Test
  void tableShowsTheScamCentreRoundTripWithPathAmountsAndIds() {
    CliRun r = run("cycles", SCAM_CENTRE);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("COLLECTOR-2 -> SHELL-A-LTD -> SHELL-B-LTD -> SHELL-C-LTD -> COLLECTOR-2"), r.out());
    assertTrue(r.out().contains("25000.00, 24000.00, 23040.00, 22118.40"), r.out());
    assertTrue(r.out().contains(String.join(", ", ROUND_TRIP_IDS)), r.out());
    assertTrue(r.out().contains("2025-04-18T14:00:00Z  2025-04-24T14:00:00Z"), r.out());
    assertTrue(r.out().contains("within 30 days"), r.out());
    assertTrue(r.out().contains("1 cycle found."), r.out());
  }

  @Test
  void jsonIsExactlyTheContractDocumentAndNothingElse() throws IOException {
    CliRun r = run("cycles", SCAM_CENTRE, "--json", "--window", "6d", "--max-loss", "0.04", "--max-gain", "0", "--max-length", "4");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    JsonNode root = parseWholeDocument(r.out());
    assertEquals(List.of("schemaVersion", "detector", "parameters", "truncated", "count", "findings"), fieldNames(root));
    assertEquals(2, root.get("schemaVersion").asInt());
    assertEquals("cycles", root.get("detector").asText());
    assertFalse(root.get("truncated").asBoolean());
    assertTrue(root.get("truncated").isBoolean());
    assertTrue(root.get("count").isInt());
    assertEquals(1, root.get("count").asInt());
    assertEquals(1, root.get("findings").size());

    JsonNode p = root.get("parameters");
    assertEquals("temporal", p.get("mode").asText());
    assertEquals(4, p.get("maxLength").asInt());
    assertEquals("PT144H", p.get("window").asText());
    assertFalse(p.get("strictTime").asBoolean());
    assertEquals("0.04", p.get("maxLoss").asText());
    assertEquals("0", p.get("maxGain").asText());
    assertFalse(p.has("minAmount"));
    assertEquals(100_000, p.get("maxResults").asInt());

    JsonNode c = root.get("findings").get(0);
    assertEquals(List.of("kind", "accounts", "transactions", "start", "end", "amounts", "currency"), fieldNames(c).subList(0, 7));
    assertEquals(List.of("COLLECTOR-2", "SHELL-A-LTD", "SHELL-B-LTD", "SHELL-C-LTD"), texts(c.get("accounts")));
    assertEquals(ROUND_TRIP_IDS, texts(c.get("transactions")));
    assertEquals("2025-04-18T14:00:00Z", c.get("start").asText());
    assertEquals("2025-04-24T14:00:00Z", c.get("end").asText());
    assertTrue(c.get("amounts").get(0).isTextual(), "amounts are exact decimal strings");
    assertEquals(List.of("25000.00", "24000.00", "23040.00", "22118.40"), texts(c.get("amounts")));
    assertEquals("EUR", c.get("currency").asText());
  }

  @Test
  void windowOneMillisecondShorterThanTheRoundTripFindsNothing() throws IOException {
    JsonNode root = parseWholeDocument(run("cycles", SCAM_CENTRE, "--json", "--window", "PT143H59M59.999S").out());
    assertEquals(0, root.get("count").asInt());
    assertEquals(0, root.get("findings").size());
  }

  @Test
  void minAmountAboveTheSmallestHopExcludesTheRoundTrip() throws IOException {
    assertEquals(1, parseWholeDocument(run("cycles", SCAM_CENTRE, "--json", "--min-amount", "22118.40").out()).get("count").asInt());
    assertEquals(0, parseWholeDocument(run("cycles", SCAM_CENTRE, "--json", "--min-amount", "22118.41").out()).get("count").asInt());
  }

  @Test
  void strictTimeRejectsEqualTimestamps() throws IOException {
    Path file = csv("ties.csv", """
        t1,2025-01-01,A,B,100.00,EUR
        t2,2025-01-01,B,A,100.00,EUR
        """);
    assertEquals(1, parseWholeDocument(run("cycles", file.toString(), "--json").out()).get("count").asInt());
    assertEquals(0, parseWholeDocument(run("cycles", file.toString(), "--json", "--strict-time").out()).get("count").asInt());
  }

  @Test
  void maxResultsTruncatesAndSaysSoInEveryOutput() throws IOException {
    String file = twoRoundTrips().toString();
    JsonNode full = parseWholeDocument(run("cycles", file, "--json").out());
    assertEquals(2, full.get("count").asInt());
    assertFalse(full.get("truncated").asBoolean());

    CliRun json = run("cycles", file, "--json", "--max-results", "1");
    assertEquals(0, json.exitCode());
    JsonNode cut = parseWholeDocument(json.out());
    assertTrue(cut.get("truncated").asBoolean());
    assertEquals(1, cut.get("count").asInt());
    assertEquals(List.of("t1", "t2"), texts(cut.get("findings").get(0).get("transactions")));
    assertTrue(json.err().contains("--max-results 1"), json.err());

    CliRun table = run("cycles", file, "--max-results", "1");
    assertTrue(table.out().contains("truncated"), table.out());
    assertTrue(table.out().contains("t1, t2"), table.out());
    assertFalse(table.out().contains("t3, t4"), table.out());
  }

  @Test
  void ignoreTimeFindsStaticCyclesEvenAgainstTheClock() throws IOException {
    Path file = csv("backwards.csv", """
        t1,2025-01-03T00:00:00Z,A,B,100.00,EUR
        t2,2025-01-02T00:00:00Z,B,C,90.00,EUR
        t3,2025-01-01T00:00:00Z,C,A,80.00,EUR
        """);
    assertEquals(0, parseWholeDocument(run("cycles", file.toString(), "--json").out()).get("count").asInt());
    CliRun r = run("cycles", file.toString(), "--json", "--ignore-time");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = parseWholeDocument(r.out());
    assertEquals("static", root.get("parameters").get("mode").asText());
    assertEquals(1, root.get("count").asInt());
    JsonNode c = root.get("findings").get(0);
    assertEquals(List.of("A", "B", "C"), texts(c.get("accounts")));
    assertEquals(0, c.get("transactions").size());
    assertEquals(List.of("100.00", "90.00", "80.00"), texts(c.get("amounts")));

    CliRun table = run("cycles", file.toString(), "--ignore-time");
    assertTrue(table.out().contains("A -> B -> C -> A"), table.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--max-length=1", "--max-length=33", "--max-length=x", "--window=nonsense", "--window=-1d",
      "--max-loss=1.5", "--max-gain=-0.1", "--min-amount=-5", "--max-results=0", "--min-amount=abc"})
  void badOptionValueIsAUsageErrorWithNothingOnStdout(String option) {
    CliRun r = run("cycles", SCAM_CENTRE, option, "--json");
    assertEquals(2, r.exitCode(), r.err());
    assertEquals("", r.out());
    String name = option.substring(0, option.indexOf('='));
    assertTrue(r.err().contains(name), "error names the option: " + r.err());
  }

  @Test
  void conflictingOptionsAreUsageErrors() {
    assertEquals(2, run("cycles", SCAM_CENTRE, "--ignore-time", "--strict-time").exitCode());
    assertEquals(2, run("cycles", SCAM_CENTRE, "--ignore-time", "--max-loss", "0.1").exitCode());
    CliRun both = run("cycles", SCAM_CENTRE, "--json", "--csv", dir.resolve("x.csv").toString());
    assertEquals(2, both.exitCode());
    assertEquals("", both.out());
    assertFalse(Files.exists(dir.resolve("x.csv")));
  }

  @Test
  void missingFileIsAnInputErrorOnOneLine() {
    Path missing = dir.resolve("no-such-file.csv");
    CliRun r = run("cycles", missing.toString(), "--json");
    assertEquals(3, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no-such-file.csv"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void csvHasOneRowPerCycleAndNeutralisesFormulaLookingCells() throws IOException {
    Path file = csv("evil.csv", """
        @t1,2025-01-01T00:00:00Z,"=HYPERLINK(""http://x"",""y"")",B,100.00,EUR
        t2,2025-01-02T00:00:00Z,B,+C,90.00,EUR
        t3,2025-01-03T00:00:00Z,+C,"=HYPERLINK(""http://x"",""y"")",80.00,EUR
        """);
    Path out = dir.resolve("cycles.csv");
    CliRun r = run("cycles", file.toString(), "--csv", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out(), "nothing on stdout with --csv");
    List<CSVRecord> records;
    try (Reader in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
    assertEquals(1, records.size());
    CSVRecord row = records.get(0);
    assertEquals(Detector.CYCLES.columns(), row.getParser().getHeaderNames());
    assertEquals("cycles", row.get("kind"));
    assertEquals("'=HYPERLINK(\"http://x\",\"y\");B;+C", row.get("accounts"));
    assertEquals("'@t1;t2;t3", row.get("transactions"));
    assertEquals("2025-01-01T00:00:00Z", row.get("start"));
    assertEquals("2025-01-03T00:00:00Z", row.get("end"));
    assertEquals("3", row.get("hops"));
    assertEquals("3", row.get("transaction_count"));
    assertEquals("100.00;90.00;80.00", row.get("amounts"));
    assertEquals("EUR", row.get("currency"));
  }

  @Test
  void csvOfTheScamCentreHasTheRoundTrip() throws IOException {
    Path out = dir.resolve("scam.csv");
    assertEquals(0, run("cycles", SCAM_CENTRE, "--csv", out.toString()).exitCode());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(List.of(String.join(",", Detector.CYCLES.columns()),
        "cycles,COLLECTOR-2;SHELL-A-LTD;SHELL-B-LTD;SHELL-C-LTD,2025-04-18T14:00:00Z,2025-04-24T14:00:00Z,4,EUR,"
            + "25000.00;24000.00;23040.00;22118.40,94158.40,4,TX00504;TX00514;TX00526;TX00535,\"temporal cycle: 2 to 6 "
            + "accounts, each hop at the same time as or later than the previous, first to last hop within 30 days\""),
        lines);
  }

  @Test
  void optionErrorsNameTheCommandLineOptions() {
    CliRun length = run("cycles", SCAM_CENTRE, "--max-length", "1");
    assertTrue(length.err().startsWith("moneytrail: --max-length must be between 2 and 32, was 1"), length.err());
    CliRun rules = run("cycles", SCAM_CENTRE, "--ignore-time", "--max-loss", "0.1");
    assertTrue(rules.err().startsWith("moneytrail: --max-loss cannot be combined with static cycles (--ignore-time)"),
        rules.err());
  }
}
