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
}
