package io.moneytrail.analysis.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.ingest.IngestException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file of accounts declared benign. */
class BenignAccountsTest {
  @TempDir
  Path tmp;

  private Path file(String text) throws Exception {
    Path f = tmp.resolve("benign.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsAccountsWithTheirReasonsSortedAndJoinsTheReasonsOfAnAccountListedTwice() throws Exception {
    Map<String, String> m = BenignAccounts.read(file("account,reason\nEXCHANGE-1,our exchange\nPAYROLL,\"bureau, monthly\"\n"
        + "EXCHANGE-1,settles daily\nSHOP,\n"));
    assertEquals(Map.of("EXCHANGE-1", "our exchange; settles daily", "PAYROLL", "bureau, monthly", "SHOP", ""), m);
    assertEquals("EXCHANGE-1", m.keySet().iterator().next());
    assertEquals(Map.of("A", ""), BenignAccounts.read(file("account\nA\n")));
    // a spreadsheet's byte-order mark; only spaces and tabs are trimmed, as in ingest
    assertEquals(Map.of("B\u200B", "x"), BenignAccounts.read(file("\uFEFFaccount,reason\n\t B\u200B ,x\n")));
  }

  @Test
  void aBadRowNamesTheFileLineColumnAndValue() throws Exception {
    Path f = file("account,reason\nA,fine\n  ,no account\n");
    IngestException e = assertThrows(IngestException.class, () -> BenignAccounts.read(f));
    assertTrue(e.getMessage().contains("benign.csv") && e.getMessage().contains(":3") && e.getMessage().contains("account"),
        e.getMessage());
    IngestException header = assertThrows(IngestException.class, () -> BenignAccounts.read(file("id,reason\nA,x\n")));
    assertTrue(header.getMessage().contains("account"), header.getMessage());
    IngestException cells = assertThrows(IngestException.class,
        () -> BenignAccounts.read(file("account,reason\nA,x,extra\n")));
    assertTrue(cells.getMessage().contains(":2"), cells.getMessage());
    Path latin = tmp.resolve("latin.csv");
    Files.write(latin, new byte[] {'a', 'c', 'c', 'o', 'u', 'n', 't', '\n', 'A', (byte) 0xff, '\n'});
    IngestException utf8 = assertThrows(IngestException.class, () -> BenignAccounts.read(latin));
    assertTrue(utf8.getMessage().contains("UTF-8"), utf8.getMessage());
  }

  @Test
  void aDeclaredBenignAccountJoinsNoFindingsAndAppearsAsExternal() {
    YearLedger y = new YearLedger(7);
    for (int p = 0; p < 10; p++) {
      y.person("P" + p, "EMPLOYER", "LANDLORD");
    }
    // two unrelated bursts of new senders, each paying on through the same processor
    for (int i = 0; i < 8; i++) {
      y.pay(100 + i * 0.05, "V" + i, "M1", 100_000 + i).pay(100.5 + i * 0.05, "M1", "PROCESSOR", 90_000 + i);
      y.pay(101 + i * 0.05, "W" + i, "M2", 100_000 + i).pay(101.5 + i * 0.05, "M2", "PROCESSOR", 90_000 + i);
    }
    for (int i = 0; i < 4; i++) {
      y.pay(100.7 + i * 0.2, "X" + i, "PROCESSOR", 300_000 + i);
    }
    io.moneytrail.ledger.Ledger ledger = y.build();
    io.moneytrail.analysis.AnalysisResult plain = YearLedger.analyse(ledger, io.moneytrail.analysis.AnalysisSettings.defaults());
    assertTrue(plain.cases().stream().anyMatch(c -> c.accounts().stream().anyMatch(a -> a.account().equals("M1"))
        && c.accounts().stream().anyMatch(a -> a.account().equals("M2"))), "undeclared, the processor's fan-in joins both");
    io.moneytrail.analysis.AnalysisSettings declared = io.moneytrail.analysis.AnalysisSettings.defaults()
        .withCases(io.moneytrail.analysis.AnalysisSettings.defaults().cases().withBenign(Map.of("PROCESSOR", "our PSP")));
    io.moneytrail.analysis.AnalysisResult r = YearLedger.analyse(ledger, declared);
    for (Case c : r.cases()) {
      boolean m1 = c.accounts().stream().anyMatch(a -> a.account().equals("M1"));
      boolean m2 = c.accounts().stream().anyMatch(a -> a.account().equals("M2"));
      assertTrue(!(m1 && m2), c.id() + " joins both through the declared processor");
      c.accounts().stream().filter(a -> a.account().equals("PROCESSOR")).forEach(a -> assertTrue(a.external()));
      assertTrue(c.findings().stream().noneMatch(id -> r.finding(id).orElseThrow().subjects().get(0).equals("PROCESSOR")),
          "a finding anchored on a declared-benign account forms no case");
    }
    assertTrue(r.cases().stream().anyMatch(c -> c.accounts().stream().anyMatch(a -> a.account().equals("M1"))));
  }
}
