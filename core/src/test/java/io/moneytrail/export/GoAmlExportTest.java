package io.moneytrail.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.report.CaseReport;
import io.moneytrail.report.Json;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** goAML reports read back with the JDK's parser, checked against the hand-over and a test schema. */
class GoAmlExportTest {
  /** The repository's example reporting file: it must stay valid. */
  static final Path EXAMPLE = Path.of("../docs/goaml-reporting.example.yaml");
  /** A schema written for these tests from goAML 5's report structure (not an FIU's). */
  static final Path XSD = Path.of("src/test/resources/io/moneytrail/export/goaml-test.xsd");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  @TempDir
  Path tmp;

  static String export(HandOver h, GoAmlReporting r) throws Exception {
    StringWriter w = new StringWriter();
    GoAmlExport.write(h, r, GoAmlExport.submissionDate(h), w);
    return w.toString();
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }

  static List<String> names(Element e) {
    return children(e).stream().map(Element::getTagName).toList();
  }

  static Element child(Element e, String name) {
    List<Element> l = children(e).stream().filter(c -> c.getTagName().equals(name)).toList();
    assertEquals(1, l.size(), name + " once in " + e.getTagName());
    return l.get(0);
  }

  static String text(Element e, String name) {
    return child(e, name).getTextContent();
  }

  /** The example reporting file with one line replaced (or removed when {@code replacement} is null). */
  static String example(String line, String replacement) throws Exception {
    String yaml = Files.readString(EXAMPLE);
    assertTrue(yaml.contains(line), line);
    return yaml.replace(line, replacement == null ? "" : replacement);
  }

  @Test
  void everyTransactionReadsBackWithItsNumberAmountAndAccountsAndTheReportIsValid() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    HandOver h = HandOver.open(report, Optional.empty(), List.of());
    GoAmlReporting r = GoAmlReporting.read(EXAMPLE);
    String xml = export(h, r);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report>\n"), xml.substring(0, 80));
    assertEquals(List.of(), GoAmlExport.validate(xml, XSD));

    Element root = parse(xml).getDocumentElement();
    List<String> expected = new ArrayList<>(List.of("rentity_id", "rentity_branch", "submission_code", "report_code",
        "submission_date", "currency_code_local", "reporting_person", "location", "reason", "action"));
    h.transactions().forEach(t -> expected.add("transaction"));
    expected.add("report_indicators");
    assertEquals(expected, names(root));
    assertEquals("1234", text(root, "rentity_id"));
    String created = Json.mapper().readTree(report.resolve(CaseReport.MANIFEST).toFile()).get("created").asText();
    assertEquals(DATE.format(Instant.parse(created)), text(root, "submission_date"), "the manifest's created time");
    assertEquals(List.of("first_name", "last_name", "email", "occupation"), names(child(root, "reporting_person")));
    assertEquals(List.of("address_type", "address", "city", "country_code"), names(child(root, "location")));
    assertEquals(r.reason().orElseThrow(), text(root, "reason"));
    assertEquals(List.of("indicator"), names(child(root, "report_indicators")));

    List<Element> txs = children(root).stream().filter(e -> e.getTagName().equals("transaction")).toList();
    int own = 0;
    for (int i = 0; i < txs.size(); i++) {
      Element x = txs.get(i);
      HandOver.Transaction t = h.transactions().get(i);
      boolean fromOwn = t.from().equals("MULE-02");
      boolean toOwn = t.to().equals("MULE-02");
      own += (fromOwn ? 1 : 0) + (toOwn ? 1 : 0);
      assertEquals(List.of("transactionnumber", "internal_ref_number", "transaction_location",
          "transaction_description", "date_transaction", "transmode_code", "amount_local",
          fromOwn ? "t_from_my_client" : "t_from", toOwn ? "t_to_my_client" : "t_to"), names(x), t.id());
      assertEquals(t.id(), text(x, "transactionnumber"));
      assertEquals(String.join(" ", t.cases()), text(x, "internal_ref_number"));
      assertEquals(t.extra().getOrDefault("channel", ""), text(x, "transaction_location"));
      assertEquals(t.reference().orElse("payment from account " + t.from() + " to account " + t.to()),
          text(x, "transaction_description"));
      assertEquals(DATE.format(t.time()), text(x, "date_transaction"));
      assertEquals("A", text(x, "transmode_code"));
      assertEquals(0, t.amount().compareTo(new BigDecimal(text(x, "amount_local"))), t.id());
      assertEquals(t.amount().toPlainString(), text(x, "amount_local"), "exact, as in the data");
      Element from = child(x, fromOwn ? "t_from_my_client" : "t_from");
      Element to = child(x, toOwn ? "t_to_my_client" : "t_to");
      assertEquals(List.of("from_funds_code", "from_account", "from_country"), names(from));
      assertEquals(List.of("to_funds_code", "to_account", "to_country"), names(to));
      assertEquals("K", text(from, "from_funds_code"));
      assertEquals(t.from(), text(child(from, "from_account"), "account"));
      assertEquals(t.to(), text(child(to, "to_account"), "account"));
      assertEquals("AT", text(from, "from_country"));
      for (Element account : List.of(child(from, "from_account"), child(to, "to_account"))) {
        boolean mine = account.getParentNode() == from ? fromOwn : toOwn;
        assertEquals("Example Bank AG", text(account, "institution_name"));
        assertEquals("EXBKATWW", text(account, "swift"));
        assertEquals(mine ? List.of("institution_name", "swift", "branch", "account", "currency_code", "account_name",
            "iban", "client_number", "personal_account_type", "signatory", "opened", "status_code")
            : List.of("institution_name", "swift", "account"), names(account));
        if (mine) {
          Element person = child(child(account, "signatory"), "t_person");
          assertEquals(List.of("first_name", "last_name", "birthdate", "ssn", "nationality1", "residence", "phones",
              "occupation"), names(person));
          assertEquals("1980-01-31T00:00:00", text(person, "birthdate"));
          assertEquals("123456", text(person, "ssn"), "quoted numbers stay text");
          assertEquals("2019-03-01T00:00:00", text(account, "opened"));
        }
      }
    }
    assertEquals(h.transactions().size(), txs.size(), "one transaction per case transaction");
    assertTrue(own > 0, "MULE-02 is an own client in the example and in a case");
    assertEquals(xml, export(HandOver.open(report, Optional.empty(), List.of()), GoAmlReporting.read(EXAMPLE)),
        "the same report and reporting file give the same bytes");
  }

  @Test
  void withoutReasonTheCasesStatementsAreWrittenAndAUserCodeStandsForThePerson() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    HandOver h = HandOver.open(report, Optional.empty(), List.of("case-2", "case-6"));
    String yaml = example("reason: Funds from several new senders collected and paid on within days, as in a "
        + "money-mule scheme.\n", null).replace("action: Account blocked pending review.\n", "")
        .replace("reporting_person:\n  first_name: Ann\n  last_name: Officer\n", "")
        .replace("  occupation: Compliance officer  # optional\n  email: ann.officer@bank.example # optional\n", "")
        .replace("# reporting_user_code:", "reporting_user_code:");
    String xml = export(h, GoAmlReporting.parse(yaml, "r.yaml"));
    assertEquals(List.of(), GoAmlExport.validate(xml, XSD));
    Element root = parse(xml).getDocumentElement();
    assertEquals("ANN-OFFICER-01", text(root, "reporting_user_code"));
    assertFalse(names(root).contains("action"));
    assertEquals("moneytrail case-2, risk " + h.cases().get(0).risk() + " of 100: " + h.cases().get(0).statement()
        + "\nmoneytrail case-6, risk " + h.cases().get(1).risk() + " of 100: " + h.cases().get(1).statement(),
        text(root, "reason"));
  }

  @Test
  void hostileValuesAreEscapedAndCharactersXmlCannotCarryAreReplaced() throws Exception {
    String nasty = "<b>&amp;</b> ]]> \"q\" 'a' \u0001\u001f\u007f \uFFFE end \uD83D\uDCB8";
    StringBuilder csv = new StringBuilder("tx_id,timestamp,from_account,to_account,amount,currency,from_bank,channel,"
        + "reference\n");
    for (int i = 1; i <= 6; i++) {
      csv.append("T]]>").append(i).append(",2025-03-01T1").append(i).append(":00:00Z,S").append(i).append(",\"")
          .append(ExportFixture.NASTY.replace("\"", "\"\"")).append("\",1000.0").append(i).append(",EUR,DEUTDEFF500,")
          .append("online<&>,\"").append(nasty.replace("\"", "\"\"")).append("\"\n");
    }
    for (int i = 1; i <= 6; i++) {
      csv.append("U").append(i).append(",2025-03-02T0").append(i).append(":00:00Z,\"")
          .append(ExportFixture.NASTY.replace("\"", "\"\"")).append("\",").append(i == 1 ? "DE89370400440532013000" : "O" + i)
          .append(",1000.0").append(i)
          .append(",EUR,,,\n");
    }
    Path input = tmp.resolve("hostile.csv");
    Files.writeString(input, csv);
    HandOver h = HandOver.open(ExportFixture.report(input, tmp.resolve("r")), Optional.empty(), List.of());
    assertFalse(h.transactions().isEmpty());
    String yaml = example("reason: Funds from several new senders collected and paid on within days, as in a "
        + "money-mule scheme.", "reason: \"x ]]> <y> & \\x01 \\x1f \\u0007 z\"")
        .replace("rentity_branch: Head office", "rentity_branch: \"Main & <Co> ]]>\"");
    String xml = export(h, GoAmlReporting.parse(yaml, "r.yaml"));
    assertFalse(xml.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control character is written raw");
    assertFalse(xml.contains("]]>"), "]]> never appears raw");
    assertEquals(List.of(), GoAmlExport.validate(xml, XSD));
    Element root = parse(xml).getDocumentElement();
    assertEquals("Main & <Co> ]]>", text(root, "rentity_branch"));
    assertEquals("x ]]> <y> & \uFFFD \uFFFD \uFFFD z", text(root, "reason"));
    String sanitised = "=cmd|\"quote\"<x>&\uFFFD\n";
    int from = 0;
    int to = 0;
    for (Element x : children(root)) {
      if (!x.getTagName().equals("transaction")) {
        continue;
      }
      Element fromAccount = child(child(x, "t_from"), "from_account");
      Element toAccount = child(child(x, "t_to"), "to_account");
      if (text(x, "transactionnumber").startsWith("T]]>")) {
        from++;
        assertEquals(sanitised, text(toAccount, "account"), "the account survives but for the bell");
        assertEquals("DEUTDEFF500", text(fromAccount, "swift"), "a BIC-shaped bank goes to swift");
        assertEquals("DEUTDEFF500", text(fromAccount, "institution_name"));
        assertEquals("online<&>", text(x, "transaction_location"));
        assertEquals("<b>&amp;</b> ]]> \"q\" 'a' \uFFFD\uFFFD\u007f \uFFFD end \uD83D\uDCB8",
            text(x, "transaction_description"));
      } else {
        to++;
        assertEquals(sanitised, text(fromAccount, "account"));
        boolean iban = text(toAccount, "account").equals("DE89370400440532013000");
        assertEquals(iban ? "DE" : "AT", text(child(x, "t_to"), "to_country"), "an IBAN's country, else country_code");
        assertEquals("AT", text(child(x, "t_from"), "from_country"), "else country_code");
        assertTrue(text(x, "transaction_description").startsWith("payment from account =cmd"));
      }
    }
    assertTrue(from > 0 && to > 0, from + " in, " + to + " out");
  }

  @Test
  void aMissingRequiredKeyIsOneErrorNamingIt() throws Exception {
    String[][] cases = {
        {"  city: Vienna\n", "", "missing key 'location.city'"},
        {"rentity_id: 1234", "rentity_id: ~", "missing key 'rentity_id'"},
        {"transmode_code: A", "transmode_code:", "missing key 'transmode_code'"},
        {"        ssn: \"123456\"\n", "", "missing key 'own_clients[1].signatory.t_person.ssn'"},
        {"  - \"-\"\n", "", "missing key 'indicators'"},
        {"  swift: EXBKATWW", "  swift:", "missing key 'institution.code' (or 'institution.swift')"},
        {"  first_name: Ann\n", "", "missing key 'reporting_person.first_name'"},
    };
    for (String[] c : cases) {
      ExportException e = assertThrows(ExportException.class, () -> GoAmlReporting.parse(example(c[0], c[1]), "r.yaml"),
          c[2]);
      assertEquals(ExportException.Kind.MISSING_VALUE, e.kind(), e.getMessage());
      assertEquals("r.yaml: " + c[2], e.getMessage());
    }
    String noPerson = example("reporting_person:\n  first_name: Ann\n  last_name: Officer\n", "")
        .replace("  occupation: Compliance officer  # optional\n  email: ann.officer@bank.example # optional\n", "");
    ExportException none = assertThrows(ExportException.class, () -> GoAmlReporting.parse(noPerson, "r.yaml"));
    assertEquals("r.yaml: missing key 'reporting_person' (or 'reporting_user_code')", none.getMessage());
    ExportException empty = assertThrows(ExportException.class, () -> GoAmlReporting.parse("# nothing\n", "r.yaml"));
    assertEquals("r.yaml: missing key 'rentity_id'", empty.getMessage());
  }

  @Test
  void unknownKeysBadValuesAndBadFilesAreRefusedNamingThem() throws Exception {
    String[][] cases = {
        {"rentity_branch: Head office", "rentity_brunch: Head office", "unknown key 'rentity_brunch'"},
        {"  city: Vienna", "  city: Vienna\n  street: x", "unknown key 'location.street' (location takes"},
        {"    branch: Vienna 1", "    branch: Vienna 1\n    colour: red", "unknown key 'own_clients[1].colour'"},
        {"  country_code: AT                # ISO", "  country_code: NO # ISO", null},
        {"  country_code: AT                # ISO", "  country_code: at # ISO", "'location.country_code' must be an ISO"},
        {"rentity_id: 1234", "rentity_id: 0", "'rentity_id' must be a whole number"},
        {"currency_code_local: EUR", "currency_code_local: euro", "'currency_code_local' must be an ISO 4217"},
        {"    opened: 2019-03-01", "    opened: 1700-01-01", "'own_clients[1].opened' must be from 1753-01-01"},
        {"    opened: 2019-03-01", "    opened: 1.3.2019", "'own_clients[1].opened' must be a date"},
        {"  last_name: Officer", "  last_name: Officer\n  last_name: Other", "key 'reporting_person.last_name' is given twice"},
        {"rentity_branch: Head office", "rentity_branch: &b Head office\nreport_x: *b", "'report_x' is an alias"},
        {"# reporting_user_code: ANN-OFFICER-01", "reporting_user_code: ANN-OFFICER-01", "not both"},
        {"  swift: EXBKATWW", "  swift: EXBKATWW\n  code: \"77\"", "not both"},
        {"    client_number: C-778", "    client_number: " + "9".repeat(31), "'own_clients[1].client_number' is longer"},
        {"indicators:", "indicators: x\nold_indicators:", "unknown key 'old_indicators'"},
        {"rentity_id: 1234", "rentity_id: [1]", "'rentity_id' must be a single value"},
        {"rentity_id: 1234", "rentity_id: 1234\n---\nrentity_id: 5", "more than one YAML document"},
        {"rentity_id: 1234", "rentity_id: {", "not valid YAML at line"},
        {"rentity_branch: Head office", "rentity_branch: Head\u0007office", "not valid YAML at line"},
    };
    for (String[] c : cases) {
      String yaml = example(c[0], c[1]);
      if (c[2] == null) {
        assertEquals("NO", GoAmlReporting.parse(yaml, "r.yaml").location().countryCode(), "values are taken as written");
        continue;
      }
      ExportException e = assertThrows(ExportException.class, () -> GoAmlReporting.parse(yaml, "r.yaml"), c[2]);
      assertEquals(ExportException.Kind.MISSING_VALUE, e.kind());
      assertTrue(e.getMessage().startsWith("r.yaml: ") && e.getMessage().contains(c[2]), e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
    Path big = tmp.resolve("big.yaml");
    Files.writeString(big, Files.readString(EXAMPLE) + "#" + "x".repeat(GoAmlReporting.MAX_BYTES) + "\n");
    ExportException tooBig = assertThrows(ExportException.class, () -> GoAmlReporting.read(big));
    assertEquals(ExportException.Kind.BAD_INPUT, tooBig.kind());
    assertTrue(tooBig.getMessage().contains("larger than 1048576 bytes"), tooBig.getMessage());
    Path latin1 = tmp.resolve("latin1.yaml");
    Files.write(latin1, Files.readString(EXAMPLE).replace("Vienna 1", "Wien \u00dcberseering")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    ExportException notUtf8 = assertThrows(ExportException.class, () -> GoAmlReporting.read(latin1));
    assertEquals(ExportException.Kind.BAD_INPUT, notUtf8.kind());
    assertEquals(latin1 + " is not UTF-8 text", notUtf8.getMessage());
    Path bom = tmp.resolve("bom.yaml");
    Files.writeString(bom, "\uFEFF" + Files.readString(EXAMPLE));
    assertEquals(GoAmlReporting.read(EXAMPLE), GoAmlReporting.read(bom), "a byte-order mark is skipped");
  }

  @Test
  void aTransactionInAnotherCurrencyIsRefusedByIdAndCurrency() throws Exception {
    StringBuilder csv = new StringBuilder("tx_id,timestamp,from_account,to_account,amount,currency\n");
    for (int i = 1; i <= 6; i++) {
      csv.append("T").append(i).append(",2025-03-01T1").append(i).append(":00:00Z,S").append(i).append(",M,1000.0")
          .append(i).append(",EUR\n");
    }
    for (int i = 1; i <= 6; i++) {
      csv.append("U").append(i).append(",2025-03-02T0").append(i).append(":00:00Z,M,O").append(i).append(",1000.0")
          .append(i).append(i == 4 ? ",USD\n" : ",EUR\n");
    }
    Path input = tmp.resolve("mixed.csv");
    Files.writeString(input, csv);
    HandOver h = HandOver.open(ExportFixture.report(input, tmp.resolve("r")), Optional.empty(), List.of());
    assertTrue(h.transactions().stream().anyMatch(t -> t.id().equals("U4")), "U4 is a case transaction");
    ExportException e = assertThrows(ExportException.class, () -> export(h, GoAmlReporting.read(EXAMPLE)));
    assertEquals(ExportException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().startsWith("transaction U4 is in USD, not in currency_code_local EUR;"), e.getMessage());
  }

  @Test
  void violationsOfTheSchemaAreListedWithTheirLines() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    HandOver h = HandOver.open(report, Optional.empty(), List.of("case-7"));
    String xml = export(h, GoAmlReporting.read(EXAMPLE));
    List<String> lines = xml.lines().toList();
    int amountLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("<amount_local>")) {
        amountLine = i + 1;
        break;
      }
    }
    String bad = xml.replaceFirst("<amount_local>([0-9]+)\\.([0-9]+)</amount_local>", "<amount_local>$1,$2</amount_local>")
        .replaceFirst("<rentity_id>1234</rentity_id>", "<rentity_id>0</rentity_id>");
    List<GoAmlExport.Violation> v = GoAmlExport.validate(bad, XSD);
    assertEquals(3, v.get(0).line(), "rentity_id on line 3: " + v);
    assertEquals(amountLine, v.get(v.size() - 1).line(), v.toString());
    int line = amountLine;
    assertTrue(v.stream().allMatch(x -> x.line() == 3 || x.line() == line), v.toString());
    assertTrue(v.stream().anyMatch(x -> x.message().contains("decimal")), v.toString());
    assertTrue(v.get(v.size() - 1).toString().startsWith("line " + amountLine + ", column "), v.toString());
    Path notSchema = tmp.resolve("not.xsd");
    Files.writeString(notSchema, "<report/>\n");
    ExportException e = assertThrows(ExportException.class, () -> GoAmlExport.validate(xml, notSchema));
    assertEquals(ExportException.Kind.BAD_INPUT, e.kind());
    assertThrows(java.nio.file.NoSuchFileException.class, () -> GoAmlExport.validate(xml, tmp.resolve("none.xsd")));
  }

  @Test
  void datesBefore1753AndIbanCountries() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    HandOver h = HandOver.open(report, Optional.empty(), List.of("case-7"));
    ExportException e = assertThrows(ExportException.class, () -> GoAmlExport.write(h, GoAmlReporting.read(EXAMPLE),
        Instant.parse("1700-01-01T00:00:00Z"), new StringWriter()));
    assertEquals(ExportException.Kind.MISSING_VALUE, e.kind());
    assertTrue(e.getMessage().startsWith("submission_date"), e.getMessage());
    assertEquals(Optional.of("AT"), GoAmlExport.ibanCountry("AT611904300234573201"));
    assertEquals(Optional.empty(), GoAmlExport.ibanCountry("AT611904300234573202"), "check digits");
    assertEquals(Optional.empty(), GoAmlExport.ibanCountry("MULE-02"));
    assertEquals("ab\u2026", GoAmlExport.cut("abcd", 3));
    assertEquals("\uD83D\uDCB8\u2026", GoAmlExport.cut("\uD83D\uDCB8\uD83D\uDCB8\uD83D\uDCB8", 2), "never half a pair");
    assertEquals("a\nb\nc", GoAmlExport.xml("a\r\nb\rc"));
    assertEquals("a\uFFFDb\uFFFD\uFFFD\u00e9\t", GoAmlExport.xml("a\uD800b\uDC00\u0000\u00e9\t"), "unpaired surrogates, NUL");
  }
}
