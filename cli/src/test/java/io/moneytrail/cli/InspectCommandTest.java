package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  static final String DATA = "../examples/data/";

  @TempDir
  Path dir;

  @Test
  void printsTheSummaryForPeople() {
    CliRun r = CliRun.of("inspect", "--no-progress", DATA + "scam-centre.csv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Format:         moneytrail"));
    assertTrue(r.out().contains("558 read = 558 loaded + 0 rejected"));
    assertTrue(r.out().contains("921492.71"));
    assertTrue(r.out().contains("Top accounts by incoming volume (EUR):"));
  }

  @Test
  void jsonHasTheContractKeysAndNothingElseOnStdout() throws IOException {
    CliRun r = CliRun.of("inspect", "--json", "--mapping-file", DATA + "bank-export-de.mapping", DATA + "bank-export-de.csv");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    for (String key : List.of("format", "rowsRead", "rowsLoaded", "rowsRejected", "accounts", "duplicateIds", "selfTransfers",
        "start", "end", "totals", "rejects")) {
      assertTrue(j.has(key), key);
    }
    assertEquals("custom", j.get("format").asText());
    assertEquals(5, j.get("rowsRead").asLong());
    assertEquals(3, j.get("rowsLoaded").asLong());
    assertEquals(2, j.get("rowsRejected").asLong());
    assertEquals("4325.00", j.get("totals").get("EUR").asText());
    assertEquals("2025-02-03T08:15:00Z", j.get("start").asText());
    JsonNode first = j.get("rejects").get(0);
    assertTrue(first.get("file").asText().endsWith("bank-export-de.csv"));
    assertEquals(4, first.get("line").asInt());
    assertTrue(first.get("reason").asText().contains("Invalid date"));
  }

  @Test
  void everyPresetIsDetected() throws IOException {
    for (String preset : List.of("amlworld", "amlsim", "paysim")) {
      CliRun r = CliRun.of("inspect", "--json", DATA + preset + "-sample.csv");
      assertEquals(0, r.exitCode(), r.err());
      assertEquals(preset, new ObjectMapper().readTree(r.out()).get("format").asText());
    }
  }

  @Test
  void rejectsFileListsEveryRejectedRowSafely() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "tx_id,timestamp,from_account,to_account,amount,currency\n"
        + "T1,2025-01-01,=cmd|' /C calc'!A0,B,x,EUR\nT2,2025-01-01,A,B,1,EUR\n", StandardCharsets.UTF_8);
    Path rejects = dir.resolve("rejects.csv");
    CliRun r = CliRun.of("inspect", "--rejects", rejects.toString(), in.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(rejects);
    assertEquals("file,line,column,value,reason,raw", lines.get(0));
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains(",2,amount,x,amount is not a number,"), lines.get(1));
    assertTrue(lines.get(1).endsWith("\"T1,2025-01-01,=cmd|' /C calc'!A0,B,x,EUR\""), "raw row is quoted, so it cannot start a formula");
  }

  @Test
  void exitCodesSeparateUsageFromInputErrors() throws IOException {
    assertEquals(2, CliRun.of("inspect").exitCode());
    assertEquals(2, CliRun.of("inspect", "--bogus", DATA + "scam-centre.csv").exitCode());
    assertEquals(2, CliRun.of("inspect", "--zone", "Mars/Olympus", DATA + "scam-centre.csv").exitCode());
    assertEquals(2, CliRun.of("inspect", "--format", "swift", DATA + "scam-centre.csv").exitCode());
    CliRun both = CliRun.of("inspect", "--format", "amlsim", "--mapping-file", DATA + "bank-export-de.mapping", DATA + "bank-export-de.csv");
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("exclude each other"), both.err());
    CliRun missing = CliRun.of("inspect", dir.resolve("none.csv").toString());
    assertEquals(3, missing.exitCode());
    assertTrue(missing.err().contains("none.csv: cannot read file: no such file"), missing.err());
    assertEquals(1, missing.err().lines().count(), "one line, no stack trace");
    CliRun strict = CliRun.of("inspect", "--strict", "--mapping-file", DATA + "bank-export-de.mapping", DATA + "bank-export-de.csv");
    assertEquals(3, strict.exitCode());
    assertTrue(strict.err().contains("bank-export-de.csv:4: column 'Booking date', value '31.02.2025 10:00'"), strict.err());
    Path headerOnly = dir.resolve("h.csv");
    Files.writeString(headerOnly, "tx_id,timestamp,from_account,to_account,amount,currency\n");
    assertEquals(3, CliRun.of("inspect", headerOnly.toString()).exitCode());
  }

  @Test
  void helpAndVersionWork() {
    CliRun help = CliRun.of("inspect", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--timestamp-format"));
    CliRun version = CliRun.of("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("moneytrail "));
  }

  static final String HEADER = "tx_id,timestamp,from_account,to_account,amount,currency\n";

  @Test
  void invalidBytesAreRejectedAndNearDuplicateAccountsListedEscapedNeverMerged() throws IOException {
    Path in = dir.resolve("ids.csv");
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.writeBytes((HEADER + "T1,2025-01-01,ACC").getBytes(StandardCharsets.UTF_8));
    b.write(0xff);
    b.writeBytes(",B,1.00,EUR\nT2,2025-01-01,ACC".getBytes(StandardCharsets.UTF_8));
    b.write(0xfe);
    b.writeBytes((",B,2.00,EUR\nT3,2025-01-01, ACC ,B,1.00,EUR\nT4,2025-01-01,AC\u200bC,acc,1.00,EUR\n")
        .getBytes(StandardCharsets.UTF_8));
    Files.write(in, b.toByteArray());
    CliRun r = CliRun.of("inspect", "--no-progress", in.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("4 read = 2 loaded + 2 rejected"), r.out());
    assertTrue(r.out().contains("ids.csv:2: column 'from_account', value 'ACC\\xFF': byte 0xFF at byte offset"), r.out());
    assertTrue(r.out().contains("Trimmed:        surrounding spaces removed from 1 cell of loaded rows (from_account 1)"), r.out());
    String line = r.out().lines().filter(l -> l.contains("near-duplicate")).filter(l -> l.contains("AC\\u200bC")).findFirst()
        .orElseThrow(() -> new AssertionError(r.out()));
    assertTrue(line.contains("'ACC'") && line.contains("'acc'"), line);
    assertTrue(line.contains("zero-width or control characters") && line.contains("letter case"), line);
    assertTrue(r.out().contains("Accounts:       4"), "ACC, AC\u200bC, acc and B stay apart: " + r.out());
    assertTrue(r.out().lines().noneMatch(l -> l.contains("\u200b")), "no raw zero-width space reaches the terminal");

    JsonNode j = new ObjectMapper().readTree(CliRun.of("inspect", "--json", in.toString()).out());
    assertEquals(1, j.get("trimmedCells").get("from_account").asInt());
    assertEquals(1, j.get("trimmedCellCount").asInt());
    assertEquals(1, j.get("files").get(0).get("trimmedCells").get("from_account").asInt());
    assertEquals(1, j.get("nearDuplicateAccountGroups").asInt());
    JsonNode group = j.get("nearDuplicateAccounts").get(0);
    assertEquals("[\"ACC\",\"AC\u200bC\",\"acc\"]", group.get("accounts").toString());
    assertEquals("AC\\u200bC", group.get("escaped").get(1).asText());
    assertEquals(HEADER.length(), j.get("rejects").get(0).get("byteOffset").asLong());
    assertEquals(1, j.get("rejects").get(0).get("lines").asInt());
    assertEquals(2, j.get("rowsLoaded").asInt()); // the old keys keep their meaning
  }

  @Test
  void anUnclosedQuoteIsAnInputErrorUnlessQuotesAreLenient() throws IOException {
    Path in = dir.resolve("q.csv");
    Files.writeString(in, HEADER + "T1,2025-01-01,A,B,1.00,EUR\nT2,2025-01-02,A,\"B,C,5.00,EUR\nT3,2025-01-03,C,D,2.00,EUR\n");
    CliRun stop = CliRun.of("inspect", "--no-progress", in.toString());
    assertEquals(3, stop.exitCode());
    assertEquals("moneytrail: " + in + ":3: column 'to_account', value '\"B,C,5.00,EUR': unclosed quote starting here: the "
        + "quoted field runs to the end of the file; the load stops here: --lenient-quotes rejects this row and loads the "
        + "rest (reading resumes at line 4)", stop.err().strip());
    CliRun lenient = CliRun.of("inspect", "--no-progress", "--lenient-quotes", in.toString());
    assertEquals(0, lenient.exitCode(), lenient.err());
    assertTrue(lenient.out().contains("3 read = 2 loaded + 1 rejected"), lenient.out());
    assertTrue(lenient.out().contains("line 3 skipped, reading resumed at line 4"), lenient.out());
  }

  @Test
  void encodingAndLineLengthOptionsAreReadAndBadValuesAreUsageErrorsNamingTheOption() throws IOException {
    Path in = dir.resolve("w.csv");
    Files.write(in, (HEADER + "T1,2025-01-01,Müller,B,1.00,EUR\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertTrue(CliRun.of("inspect", "--no-progress", in.toString()).out().contains("1 read = 0 loaded + 1 rejected"));
    CliRun cp = CliRun.of("inspect", "--no-progress", "--encoding", "windows-1252", in.toString());
    assertTrue(cp.out().contains("Müller"), cp.out());
    CliRun tooShort = CliRun.of("inspect", "--no-progress", "--max-line-length", "64KiB", "--encoding", "cp1252", in.toString());
    assertEquals(0, tooShort.exitCode(), tooShort.err());
    CliRun header = CliRun.of("inspect", "--no-progress", "--max-line-length", "20", in.toString());
    assertEquals(3, header.exitCode());
    assertTrue(header.err().contains("w.csv:1: the header line is longer than the limit of 20 bytes (--max-line-length)"), header.err());
    for (String[] bad : new String[][] {{"--encoding", "klingon"}, {"--encoding", "UTF-32"}, {"--max-line-length", "12Q"},
        {"--max-line-length", "0"}, {"--max-line-length", "2GiB"}}) {
      CliRun r = CliRun.of("inspect", bad[0], bad[1], in.toString());
      assertEquals(2, r.exitCode(), String.join(" ", bad));
      assertTrue(r.err().startsWith("moneytrail: " + bad[0] + ": "), r.err());
    }
    assertTrue(CliRun.of("inspect", "--help").out().contains("--lenient-quotes"));
  }
}
