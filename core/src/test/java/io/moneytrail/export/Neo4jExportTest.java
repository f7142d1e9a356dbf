package io.moneytrail.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.ledger.Ledger;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Neo4j bulk-import files: headers, links that resolve, exact money, safe cells. */
class Neo4jExportTest {
  @TempDir
  Path tmp;

  static Map<String, List<CSVRecord>> files(Path report) throws Exception {
    HandOver h = HandOver.open(report, Optional.empty(), List.of());
    Map<String, List<CSVRecord>> out = new HashMap<>();
    for (String f : Neo4jExport.FILES) {
      StringWriter w = new StringWriter();
      Neo4jExport.write(h, f, w);
      if (f.endsWith(".csv")) {
        try (Reader r = new StringReader(w.toString())) {
          out.put(f, CSVFormat.RFC4180.parse(r).getRecords());
        }
        assertFalse(w.toString().contains("\r"), f);
      } else {
        assertTrue(w.toString().contains("neo4j-admin database import full \"$db\""), w.toString());
      }
    }
    return out;
  }

  @Test
  void everyRelationshipLinksNodesOfTheFilesAndMoneyIsExactMinorUnits() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    Map<String, List<CSVRecord>> f = files(report);
    assertEquals(List.of("accountId:ID(Account)", ":LABEL", "external:boolean", "cases:string[]"),
        f.get("accounts.csv").get(0).toList());
    assertEquals(":START_ID(Account)", f.get("payments.csv").get(0).get(0));
    assertEquals("amountMinor:long", f.get("payments.csv").get(0).get(4));
    Set<String> accounts = new HashSet<>();
    f.get("accounts.csv").stream().skip(1).forEach(r -> assertTrue(accounts.add(r.get(0)), "unique id " + r.get(0)));
    Set<String> cases = new HashSet<>();
    f.get("cases.csv").stream().skip(1).forEach(r -> cases.add(r.get(0)));
    AnalysisResult r = ExportFixture.analyse(ExportFixture.SCAM);
    Ledger ledger = r.index().ledger();
    assertEquals(r.cases().size(), cases.size());
    for (CSVRecord p : f.get("payments.csv").subList(1, f.get("payments.csv").size())) {
      assertTrue(accounts.contains(p.get(0)) && accounts.contains(p.get(1)), p.toString());
      assertEquals("PAID", p.get(2));
      int row = ledger.rowOf(p.get(3)).orElseThrow();
      assertEquals(Long.toString(ledger.amount(row)), p.get(4));
      assertEquals(ledger.timestamp(row).toString(), p.get(7));
    }
    for (CSVRecord i : f.get("involves.csv").subList(1, f.get("involves.csv").size())) {
      assertTrue(cases.contains(i.get(0)) && accounts.contains(i.get(1)), i.toString());
    }
  }

  @Test
  void formulaPrefixesAreNeutralisedTheSameWayInNodesAndLinksAndLineBreaksRemoved() throws Exception {
    Path report = ExportFixture.report(ExportFixture.hostileInput(tmp), tmp.resolve("r"));
    Map<String, List<CSVRecord>> f = files(report);
    String mule = "'" + ExportFixture.NASTY.replace('\n', ' ');
    assertTrue(f.get("accounts.csv").stream().anyMatch(r -> r.get(0).equals(mule)), f.get("accounts.csv").toString());
    assertTrue(f.get("payments.csv").stream().anyMatch(r -> r.get(1).equals(mule)));
    assertTrue(f.get("payments.csv").stream().anyMatch(r -> r.get(0).equals(mule)));
    for (List<CSVRecord> records : f.values()) {
      for (CSVRecord rec : records) {
        for (String cell : rec) {
          assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
          assertFalse(cell.contains("\n"), cell);
        }
      }
    }
  }
}
