package io.moneytrail.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.cases.Case;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.report.Json;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FollowTheMoney entities read back and checked against the ledger they came from. */
class FtmExportTest {
  /** FtM's rule for entity ids (types/entity.py). */
  static final Pattern ID = Pattern.compile("^[0-9a-zA-Z]([0-9a-zA-Z.\\-]*[0-9a-zA-Z])?$");
  /** The properties each schema may carry here, inherited ones included (followthemoney schema/*.yaml). */
  static final Map<String, Set<String>> ALLOWED = Map.of(
      "BankAccount", Set.of("name", "accountNumber", "bankName"),
      "LegalEntity", Set.of("name"),
      "Ownership", Set.of("owner", "asset", "role"),
      "Payment", Set.of("payer", "payerAccount", "beneficiary", "beneficiaryAccount", "amount", "currency", "date",
          "transactionNumber", "purpose"),
      "Note", Set.of("name", "summary", "description", "keywords", "entity"));

  @TempDir
  Path tmp;

  static List<JsonNode> lines(String text) throws Exception {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String line : text.split("\n")) {
      out.add(Json.mapper().readTree(line));
    }
    return out;
  }

  static String export(Path report, List<String> cases) throws Exception {
    StringWriter w = new StringWriter();
    FtmExport.write(HandOver.open(report, Optional.empty(), cases), w);
    return w.toString();
  }

  @Test
  void everyPaymentReadsBackWithTheLedgersAmountCurrencyAccountsAndDate() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    String text = export(report, List.of());
    List<JsonNode> entities = lines(text);
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode e : entities) {
      assertEquals(List.of("id", "schema", "properties"), fieldNames(e));
      String id = e.get("id").asText();
      assertTrue(ID.matcher(id).matches() && id.length() <= 200 && !id.contains("."), id);
      assertTrue(byId.put(id, e) == null, "each entity once: " + id);
      String schema = e.get("schema").asText();
      assertTrue(ALLOWED.containsKey(schema), schema);
      e.get("properties").fields().forEachRemaining(p -> {
        assertTrue(ALLOWED.get(schema).contains(p.getKey()), schema + "." + p.getKey());
        assertTrue(p.getValue().isArray() && p.getValue().size() > 0, p.getKey());
        p.getValue().forEach(v -> assertTrue(v.isTextual(), schema + "." + p.getKey() + " holds " + v));
      });
    }
    AnalysisResult r = ExportFixture.analyse(ExportFixture.SCAM);
    Ledger ledger = r.index().ledger();
    Set<String> flagged = new HashSet<>();
    for (Case c : r.cases()) {
      flagged.addAll(c.transactions());
    }
    int payments = 0;
    for (JsonNode e : entities) {
      JsonNode p = e.get("properties");
      switch (e.get("schema").asText()) {
        case "Payment" -> {
          payments++;
          String tx = p.get("transactionNumber").get(0).asText();
          int row = ledger.rowOf(tx).orElseThrow();
          assertEquals(0, ledger.money(row).toBigDecimal().compareTo(new BigDecimal(p.get("amount").get(0).asText())), tx);
          assertEquals(ledger.currency(row), p.get("currency").get(0).asText());
          assertEquals(ledger.timestamp(row).toString().replace("Z", ""), p.get("date").get(0).asText());
          assertEquals(ledger.from(row), name(byId, p.get("payerAccount").get(0).asText()));
          assertEquals(ledger.to(row), name(byId, p.get("beneficiaryAccount").get(0).asText()));
          assertEquals("LegalEntity", byId.get(p.get("payer").get(0).asText()).get("schema").asText());
          assertEquals("LegalEntity", byId.get(p.get("beneficiary").get(0).asText()).get("schema").asText());
          Optional<String> reference = ledger.extra("reference", row).filter(v -> !v.isEmpty());
          assertEquals(reference.orElse(null), p.has("purpose") ? p.get("purpose").get(0).asText() : null, tx);
        }
        case "Ownership" -> {
          assertEquals("LegalEntity", byId.get(p.get("owner").get(0).asText()).get("schema").asText());
          assertEquals("BankAccount", byId.get(p.get("asset").get(0).asText()).get("schema").asText());
        }
        case "Note" -> p.get("entity").forEach(x -> assertEquals("BankAccount", byId.get(x.asText()).get("schema").asText()));
        default -> { }
      }
    }
    assertEquals(flagged.size(), payments, "a payment per flagged transaction");
    assertEquals(r.cases().size(), entities.stream().filter(e -> e.get("schema").asText().equals("Note")).count());
    assertEquals(text, export(report, List.of()), "the same report gives the same bytes");
    assertTrue(text.endsWith("\n") && !text.contains("\r"));
  }

  @Test
  void chosenCasesCarryOnlyTheirTransactionsAndHostileValuesSurviveExactly() throws Exception {
    Path report = ExportFixture.report(ExportFixture.hostileInput(tmp), tmp.resolve("r"));
    List<JsonNode> entities = lines(export(report, List.of("case-1")));
    assertTrue(entities.stream().anyMatch(e -> e.get("schema").asText().equals("BankAccount")
        && e.get("properties").get("name").get(0).asText().equals(ExportFixture.NASTY)), "names are exact");
    assertTrue(entities.stream().anyMatch(e -> e.get("schema").asText().equals("Payment")
        && e.get("properties").get("purpose").get(0).asText().equals("inv \"1\"\nline2")));
    ExportException unknown = assertThrows(ExportException.class, () -> export(report, List.of("case-99")));
    assertEquals(ExportException.Kind.UNKNOWN_CASE, unknown.kind());
  }

  @Test
  void theBankIsNamedWhereTheDataNamesIt() throws Exception {
    StringBuilder csv = new StringBuilder("tx_id,timestamp,from_account,to_account,amount,currency,from_bank,to_bank\n");
    for (int i = 1; i <= 6; i++) {
      csv.append("T").append(i).append(",2025-03-01T1").append(i).append(":00:00Z,S").append(i)
          .append(",MULE,1000.0").append(i).append(",EUR,Bank ").append(i).append(",Mule Bank\n");
    }
    Path input = tmp.resolve("banks.csv");
    Files.writeString(input, csv);
    List<JsonNode> entities = lines(export(ExportFixture.report(input, tmp.resolve("r")), List.of()));
    Map<String, String> bankOf = new HashMap<>();
    for (JsonNode e : entities) {
      if (e.get("schema").asText().equals("BankAccount") && e.get("properties").has("bankName")) {
        bankOf.put(e.get("properties").get("name").get(0).asText(), e.get("properties").get("bankName").get(0).asText());
      }
    }
    assertEquals("Mule Bank", bankOf.get("MULE"));
    assertEquals("Bank 3", bankOf.get("S3"));
  }

  @Test
  void aReportChangedAfterAnalyzeIsRefused() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    Files.writeString(report.resolve("findings.json"), " ", java.nio.file.StandardOpenOption.APPEND);
    ExportException e = assertThrows(ExportException.class, () -> export(report, List.of()));
    assertEquals(ExportException.Kind.CHANGED, e.kind());
    assertTrue(e.getMessage().contains("findings.json changed"), e.getMessage());
  }

  private static List<String> fieldNames(JsonNode e) {
    List<String> names = new java.util.ArrayList<>();
    e.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String name(Map<String, JsonNode> byId, String id) {
    JsonNode e = byId.get(id);
    assertEquals("BankAccount", e.get("schema").asText());
    return e.get("properties").get("name").get(0).asText();
  }
}
