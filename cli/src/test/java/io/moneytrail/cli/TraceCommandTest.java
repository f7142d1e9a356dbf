package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TraceCommandTest {
  private static final String SCAM = Path.of("../examples/data/scam-centre.csv").toString();

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path stopFile() throws IOException {
    Path f = dir.resolve("stops.txt");
    Files.writeString(f, "# cash-out points\nCRYPTO-EXCHANGE-X\nCASH-OUT-ATM\n\nMSB-REMIT-7\nSHELL-A-LTD\n");
    return f;
  }

  @Test
  void jsonHasTheContractedShapeAndTheHandComputedAmounts() throws IOException {
    CliRun r = run("trace", SCAM, "--tx", "TX00082", "--stop-at", stopFile().toString(), "--json", "--no-progress");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode doc = Json.mapper().readTree(r.out());
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = doc.fieldNames(); it.hasNext();) {
      keys.add(it.next());
    }
    assertEquals(List.of("parameters", "start", "flows", "accounts", "conservation", "truncated"),
        keys.stream().filter(k -> List.of("parameters", "start", "flows", "accounts", "conservation", "truncated")
            .contains(k)).toList());
    assertEquals("fifo", doc.get("parameters").get("method").asText());
    assertEquals("2500.00", doc.get("start").get("amount").asText());
    JsonNode exchange = null;
    for (JsonNode f : doc.get("flows")) {
      assertTrue(f.has("transaction") && f.has("hop") && f.has("amount"));
      if (f.get("transaction").asText().equals("TX00489")) {
        exchange = f;
      }
    }
    assertEquals("2193.75", exchange.get("amount").asText());
    assertEquals(4, exchange.get("hop").asInt());
    boolean sawVictim = false;
    for (JsonNode a : doc.get("accounts")) {
      for (String k : List.of("account", "received", "sent", "resting", "role")) {
        assertTrue(a.has(k), k);
      }
      if (a.get("account").asText().equals("VICTIM-01")) {
        sawVictim = true;
        assertEquals("source", a.get("role").asText());
        assertEquals("2500.00", a.get("sent").asText());
      }
    }
    assertTrue(sawVictim);
    assertTrue(doc.get("conservation").get("holds").asBoolean());
    assertEquals("2500.00", doc.get("conservation").get("start").asText());
    assertEquals(false, doc.get("truncated").asBoolean());
    assertEquals("", r.err());
  }

  @Test
  void humanOutputIsAHopByHopSummaryWithEndpoints() throws IOException {
    CliRun r = run("trace", SCAM, "--from", "VICTIM-01", "--stop-at", stopFile().toString(), "--no-progress");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Trace forward from account VICTIM-01 (FIFO, max 10 hops), currency EUR"), r.out());
    assertTrue(r.out().contains("Hop 1: 1 transaction(s), 2500.00 EUR"), r.out());
    assertTrue(r.out().contains("Hop 4: 1 transaction(s), 2193.75 EUR"), r.out());
    assertTrue(r.out().contains("CRYPTO-EXCHANGE-X"), r.out());
    assertTrue(r.out().contains("holds exactly in minor units"), r.out());
    assertTrue(r.out().contains("untraced money"), r.out());
  }

  @Test
  void backwardHaircutRuns() {
    CliRun r = run("trace", SCAM, "--tx", "TX00489", "--backward", "--method", "HairCut", "--json", "--no-progress");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"direction\" : \"backward\""), r.out());
    assertTrue(r.out().contains("\"origin\""), r.out());
  }

  @Test
  void csvListsTheTracedTransactions() throws IOException {
    Path csv = dir.resolve("flows.csv");
    CliRun r = run("trace", SCAM, "--tx", "TX00082", "--csv", csv.toString(), "--max-hops", "2", "--no-progress");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("transaction,hop,amount,currency,time,from,to,transaction_amount,start", lines.get(0));
    assertEquals("TX00082,1,2500.00,EUR,2025-03-04T10:15:00Z,VICTIM-01,MULE-01,2500.00,true", lines.get(1));
    assertEquals(4, lines.size());
  }

  @Test
  void unknownAccountOrTransactionIsAnInputError() {
    CliRun a = run("trace", SCAM, "--from", "NOBODY", "--no-progress");
    assertEquals(3, a.exitCode());
    assertEquals("moneytrail: unknown account: NOBODY", a.err().strip());
    CliRun t = run("trace", SCAM, "--tx", "TX99999", "--no-progress");
    assertEquals(3, t.exitCode());
    assertEquals("moneytrail: unknown transaction id: TX99999", t.err().strip());
  }

  @Test
  void missingStopFileIsAnInputError() {
    CliRun r = run("trace", SCAM, "--tx", "TX00082", "--stop-at", dir.resolve("nope.txt").toString(), "--no-progress");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("cannot read --stop-at file"), r.err());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, run("trace", SCAM, "--tx", "TX00082", "--amount", "5").exitCode());
    assertEquals(2, run("trace", SCAM, "--tx", "TX00082", "--from", "VICTIM-01").exitCode());
    assertEquals(2, run("trace", SCAM).exitCode());
    assertEquals(2, run("trace", SCAM, "--tx", "TX00082", "--method", "random").exitCode());
    assertEquals(2, run("trace", SCAM, "--tx", "TX00082", "--max-hops", "0", "--no-progress").exitCode());
    assertEquals(2, run("trace", SCAM, "--tx", "TX00082", "--json", "--csv", "x.csv").exitCode());
  }
}
