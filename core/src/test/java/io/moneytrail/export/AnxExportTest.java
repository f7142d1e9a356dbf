package io.moneytrail.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The i2 Analyst's Notebook chart read back with the JDK's parser and checked against the hand-over. */
class AnxExportTest {
  /**
   * The children each element may have, in the order the Analyst's Notebook 7 schema's sequences
   * give them (notes on the exchange format, 2.1). An element missing here may not appear at all.
   */
  static final Map<String, List<String>> ORDER = Map.ofEntries(
      Map.entry("Chart", List.of("ApplicationVersion", "LibraryCatalogue", "PropertyBagCollection",
          "CustomImageCollection", "GradeOne", "GradeTwo", "GradeThree", "SourceHints", "StrengthCollection",
          "AttributeClassCollection", "EntityTypeCollection", "LinkTypeCollection", "Font", "DatabaseProxyCollection",
          "DateTimeFormatCollection", "CurrentStyleCollection", "TimeZone", "TimeBar", "PrintSettings", "Summary",
          "ChartItemCollection", "ConnectionCollection", "JunctionCollection", "GroupCollection", "PaletteCollection",
          "PaletteBarCollection", "LegendDefinition", "SnapshotCollection")),
      Map.entry("StrengthCollection", List.of("Strength")),
      Map.entry("Strength", List.of()),
      Map.entry("AttributeClassCollection", List.of("AttributeClass")),
      Map.entry("AttributeClass", List.of("Font")),
      Map.entry("EntityTypeCollection", List.of("EntityType")),
      Map.entry("EntityType", List.of()),
      Map.entry("LinkTypeCollection", List.of("LinkType")),
      Map.entry("LinkType", List.of()),
      Map.entry("ChartItemCollection", List.of("ChartItem")),
      Map.entry("ChartItem", List.of("End", "Link", "AttributeCollection", "CIStyle", "PropertyBagCollection",
          "TimeZone")),
      Map.entry("End", List.of("Entity", "Label")),
      Map.entry("Entity", List.of("Icon", "DatabaseKeyCollection", "CardCollection")),
      Map.entry("Icon", List.of("IconStyle")),
      Map.entry("IconStyle", List.of("FrameStyle", "IconPicture")),
      Map.entry("CardCollection", List.of("Card")),
      Map.entry("Card", List.of("TimeZone")),
      Map.entry("Link", List.of("DatabaseKeyCollection", "CardCollection", "CornerCollection", "LinkStyle")),
      Map.entry("LinkStyle", List.of()),
      Map.entry("AttributeCollection", List.of("Attribute")),
      Map.entry("Attribute", List.of()));
  /** Elements that may repeat under their parent. */
  static final Set<String> REPEATABLE = Set.of("Strength", "AttributeClass", "EntityType", "LinkType", "ChartItem",
      "Card", "Attribute");
  static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  @TempDir
  Path tmp;

  /** @return the chart's bytes, written through a UTF-8 writer as the CLI does */
  static byte[] bytes(HandOver h) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(b, StandardCharsets.UTF_8)) {
      AnxExport.write(h, w);
    }
    return b.toByteArray();
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c);
      } else {
        assertTrue(n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank(),
            "only elements under " + e.getTagName());
      }
    }
    return out;
  }

  static Element child(Element e, String name) {
    List<Element> found = children(e).stream().filter(c -> c.getTagName().equals(name)).toList();
    assertEquals(1, found.size(), name + " under " + e.getTagName());
    return found.get(0);
  }

  static List<Element> all(Document d, String name) {
    List<Element> out = new ArrayList<>();
    var nodes = d.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** @return attribute class to value of a chart item */
  static Map<String, String> attributes(Element item) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element c : children(item)) {
      if (c.getTagName().equals("AttributeCollection")) {
        for (Element a : children(c)) {
          assertTrue(out.put(a.getAttribute("AttributeClass"), a.getAttribute("Value")) == null, "each class once");
        }
      }
    }
    return out;
  }

  /** A chart read back: accounts by identity, transactions by id. */
  record Read(Map<String, Element> accountsByIdentity, Map<String, Element> entitiesById,
      Map<String, Element> linksByTransaction) {
    static Read of(Document d) {
      Map<String, Element> byIdentity = new HashMap<>();
      Map<String, Element> byId = new HashMap<>();
      for (Element e : all(d, "Entity")) {
        Element item = (Element) e.getParentNode().getParentNode();
        assertTrue(byIdentity.put(e.getAttribute("Identity"), item) == null, "identity once: " + e.getAttribute("Identity"));
        assertTrue(byId.put(e.getAttribute("EntityId"), e) == null, "entity id once");
      }
      Map<String, Element> links = new HashMap<>();
      for (Element l : all(d, "Link")) {
        Element item = (Element) l.getParentNode();
        assertTrue(links.put(attributes(item).get("Transaction"), item) == null, "a link per transaction");
      }
      return new Read(byIdentity, byId, links);
    }

    String identityOfEnd(Element linkItem, String end) {
      Element entity = entitiesById.get(child(linkItem, "Link").getAttribute(end));
      assertNotNull(entity, end + " names an entity");
      return entity.getAttribute("Identity");
    }
  }

  @Test
  void everyAccountAndEveryTransactionOfTheHandOverReadsBackExactly() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    HandOver h = HandOver.open(report, Optional.empty(), List.of());
    Document d = parse(bytes(h));
    Read read = Read.of(d);

    Map<String, List<String>> cases = new LinkedHashMap<>();
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (HandOver.Case c : h.cases()) {
      for (HandOver.Account a : c.accounts()) {
        cases.computeIfAbsent(a.account(), k -> new ArrayList<>()).add(c.id());
        roles.computeIfAbsent(a.account(), k -> new ArrayList<>()).add(c.id() + ": " + a.role());
      }
    }
    Set<String> accounts = new TreeSet<>(cases.keySet());
    h.transactions().forEach(t -> {
      accounts.add(t.from());
      accounts.add(t.to());
    });
    assertEquals(accounts, read.accountsByIdentity().keySet(), "every account once, identity = account key");
    for (String a : accounts) {
      Element item = read.accountsByIdentity().get(a);
      assertEquals(a, item.getAttribute("Label"));
      assertEquals("Account", child(child(child(child(item, "End"), "Entity"), "Icon"), "IconStyle").getAttribute("Type"));
      Map<String, String> att = attributes(item);
      if (cases.containsKey(a)) {
        assertEquals(String.join("; ", cases.get(a)), att.get("Cases"), a);
        assertEquals(String.join("; ", roles.get(a)), att.get("Roles"), a);
        assertEquals(cases.get(a).size(), children(child(child(child(item, "End"), "Entity"), "CardCollection")).size());
      } else {
        assertTrue(att.isEmpty(), a);
      }
    }
    assertEquals(h.transactions().size(), read.linksByTransaction().size());
    assertEquals(h.transactions().size(), all(d, "Link").size());
    for (HandOver.Transaction t : h.transactions()) {
      Element item = read.linksByTransaction().get(t.id());
      assertNotNull(item, t.id());
      Map<String, String> att = attributes(item);
      assertEquals(t.id(), item.getAttribute("Description"));
      assertEquals(t.from(), read.identityOfEnd(item, "End1Id"), t.id());
      assertEquals(t.to(), read.identityOfEnd(item, "End2Id"), t.id());
      assertEquals("true", item.getAttribute("DateSet"));
      assertEquals("true", item.getAttribute("TimeSet"));
      assertEquals(t.time().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""), item.getAttribute("DateTime"));
      assertEquals(t.time(), Instant.parse(att.get("Timestamp (UTC)")));
      assertEquals(t.amount().toPlainString(), att.get("Amount"));
      assertEquals(0, t.amount().compareTo(new BigDecimal(att.get("Amount"))));
      assertEquals(t.currency(), att.get("Currency"));
      assertEquals(String.join("; ", t.cases()), att.get("Cases"));
      assertEquals(t.reference().orElse(null), att.get("Reference"), t.id());
      Element style = child(child(item, "Link"), "LinkStyle");
      assertEquals("Payment", style.getAttribute("Type"));
      assertEquals("ArrowOnHead", style.getAttribute("ArrowStyle"));
    }
  }

  @Test
  void childElementsFollowTheSchemaOrderAndEveryReferenceAndTypeHolds() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    Document d = parse(bytes(HandOver.open(report, Optional.empty(), List.of())));
    Element root = d.getDocumentElement();
    assertEquals("Chart", root.getTagName());
    assertEquals("false", root.getAttribute("IdReferenceLinking"));
    assertEquals("true", root.getAttribute("Rigorous"));
    checkOrder(root);
    child(root, "ChartItemCollection");

    Map<String, String> classes = new HashMap<>();
    all(d, "AttributeClass").forEach(c -> assertTrue(classes.put(c.getAttribute("Name"), c.getAttribute("Type")) == null));
    assertEquals(AnxExport.attributeClasses(), classes);
    Set<String> entityTypes = new HashSet<>();
    all(d, "EntityType").forEach(e -> entityTypes.add(e.getAttribute("Name")));
    Set<String> linkTypes = new HashSet<>();
    all(d, "LinkType").forEach(e -> linkTypes.add(e.getAttribute("Name")));
    Set<String> strengths = new HashSet<>();
    all(d, "Strength").forEach(e -> strengths.add(e.getAttribute("Name")));
    Set<String> entityIds = new HashSet<>();
    all(d, "Entity").forEach(e -> entityIds.add(e.getAttribute("EntityId")));

    for (Element item : all(d, "ChartItem")) {
      assertFalse(item.getAttribute("Label").isEmpty(), "every item has a label");
      List<String> kinds = children(item).stream().map(Element::getTagName).filter(n -> n.equals("End") || n.equals("Link"))
          .toList();
      assertEquals(1, kinds.size(), "an item is an end or a link");
      if (kinds.get(0).equals("End")) {
        Element end = child(item, "End");
        assertEquals(item.getAttribute("XPosition"), end.getAttribute("X"));
        Integer.parseInt(end.getAttribute("X"));
        Integer.parseInt(end.getAttribute("Y"));
      } else {
        assertTrue(DATE_TIME.matcher(item.getAttribute("DateTime")).matches(), item.getAttribute("DateTime"));
        Element link = child(item, "Link");
        assertTrue(entityIds.contains(link.getAttribute("End1Id")) && entityIds.contains(link.getAttribute("End2Id")));
        Element style = child(link, "LinkStyle");
        assertTrue(linkTypes.contains(style.getAttribute("Type")));
        assertTrue(strengths.contains(style.getAttribute("Strength")));
      }
      attributes(item).forEach((name, value) -> {
        String type = classes.get(name);
        assertNotNull(type, "declared class " + name);
        switch (type) {
          case "AttNumber" -> assertTrue(value.matches("-?\\d+(\\.\\d+)?"), name + " " + value);
          case "AttFlag" -> assertTrue(value.equals("true") || value.equals("false"), name + " " + value);
          default -> assertEquals("AttText", type);
        }
      });
    }
    all(d, "IconStyle").forEach(s -> assertTrue(entityTypes.contains(s.getAttribute("Type"))));
  }

  private static void checkOrder(Element e) {
    List<String> allowed = ORDER.get(e.getTagName());
    assertNotNull(allowed, "an element of the table: " + e.getTagName());
    int last = -1;
    String previous = null;
    for (Element c : children(e)) {
      int at = allowed.indexOf(c.getTagName());
      assertTrue(at >= 0, c.getTagName() + " may not stand under " + e.getTagName());
      assertTrue(at > last || (at == last && REPEATABLE.contains(c.getTagName())),
          c.getTagName() + " after " + previous + " under " + e.getTagName());
      last = at;
      previous = c.getTagName();
      checkOrder(c);
    }
  }

  @Test
  void anAccountInSeveralCasesAppearsOnceListingEveryCaseAndRole() throws Exception {
    Instant t0 = Instant.parse("2025-03-01T10:00:00.250Z");
    HandOver h = new HandOver(tmp, "ab".repeat(32), 2, List.of(
        new HandOver.Case("case-1", 1, 80, List.of("fan-in"), "Six senders into M.", t0, t0,
            List.of(new HandOver.Account("M", "mule", 70, false, false), new HandOver.Account("A", "source", 20, true, false)),
            List.of("T1")),
        new HandOver.Case("case-2", 2, 60, List.of("mules"), "M pays on.", t0, t0.plusSeconds(60),
            List.of(new HandOver.Account("M", "collector", 90, false, true), new HandOver.Account("B", "exit", 40, false, false)),
            List.of("T1", "T2"))),
        List.of(new HandOver.Transaction("T1", t0, "A", "M", new BigDecimal("12.50"), "EUR", Map.of(), List.of("case-1", "case-2")),
            new HandOver.Transaction("T2", t0.plusSeconds(60), "M", "B", new BigDecimal("12.00"), "EUR",
                Map.of("memo", "on"), List.of("case-2"))));
    Document d = parse(bytes(h));
    Read read = Read.of(d);
    assertEquals(Set.of("A", "B", "M"), read.accountsByIdentity().keySet());
    Element m = read.accountsByIdentity().get("M");
    Map<String, String> att = attributes(m);
    assertEquals("case-1; case-2", att.get("Cases"));
    assertEquals("case-1: mule; case-2: collector", att.get("Roles"));
    assertEquals("90", att.get("Score"));
    assertEquals("true", att.get("External"));
    assertEquals("false", att.get("Victim-like"));
    List<Element> cards = children(child(child(child(m, "End"), "Entity"), "CardCollection"));
    assertEquals(List.of("case-1: mule", "case-2: collector"), cards.stream().map(c -> c.getAttribute("Summary")).toList());
    assertTrue(cards.get(1).getAttribute("Text").contains("M pays on."), cards.get(1).getAttribute("Text"));
    assertEquals("true", attributes(read.accountsByIdentity().get("A")).get("Victim-like"));
    Element t1 = read.linksByTransaction().get("T1");
    assertEquals("2025-03-01T10:00:00", t1.getAttribute("DateTime"));
    assertEquals("2025-03-01T10:00:00.250Z", attributes(t1).get("Timestamp (UTC)"), "milliseconds kept");
    assertEquals("12.50 EUR", t1.getAttribute("Label"));
    assertEquals("case-1; case-2", attributes(t1).get("Cases"));
    assertEquals("on", attributes(read.linksByTransaction().get("T2")).get("Reference"));
    assertEquals(2, all(d, "Link").size(), "a link per transaction, not per pair");
  }

  @Test
  void hostileValuesAreEscapedOrReplacedAndOtherwiseKeptExactly() throws Exception {
    Instant t0 = Instant.parse("2025-03-01T10:00:00Z");
    String formula = "=cmd|' /C calc'!A0";
    String meta = "<a href=\"x\">&amp;'</a>";
    String cdata = "x]]>y<![CDATA[z]]>";
    String control = "c\u0000\u0001\u0007\u000b\u001b\u007f\u0085\ufffe\ud800d";
    String lines = "l\tm\r\nn";
    String emoji = "\u00e9\u4e2d\ud83d\ude00";
    String dup1 = "dup\u0001";
    String dup2 = "dup\u0002";
    List<String> keys = List.of(formula, meta, cdata, control, lines, emoji, dup1, dup2);
    List<HandOver.Account> accounts = keys.stream().map(k -> new HandOver.Account(k, "mule", 50, false, false)).toList();
    List<HandOver.Transaction> tx = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      tx.add(new HandOver.Transaction(keys.get(i) + "#tx", t0.plusSeconds(i), keys.get(i), keys.get((i + 1) % keys.size()),
          new BigDecimal("1.05"), "EUR", Map.of("reference", keys.get(i)), List.of("case-1")));
    }
    HandOver h = new HandOver(tmp, "cd".repeat(32), 2, List.of(new HandOver.Case("case-1", 1, 99, List.of("cycles"),
        cdata + " " + control, t0, t0, accounts, tx.stream().map(HandOver.Transaction::id).toList())), tx);
    byte[] xml = bytes(h);
    String raw = strictUtf8(xml);
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      i += Character.charCount(c);
      assertTrue(c == '\n' || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || c >= 0x10000, "no raw control or forbidden character: U+" + Integer.toHexString(c));
    }
    assertFalse(raw.contains("<a href") || raw.contains("<![CDATA["), "metacharacters escaped");
    Read read = Read.of(parse(xml));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(formula, formula);
    expected.put(meta, meta);
    expected.put(cdata, cdata);
    expected.put(control, "c\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdd");
    expected.put(lines, "l m  n");
    expected.put(emoji, emoji);
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Element item = read.accountsByIdentity().get(e.getValue());
      assertNotNull(item, e.getValue());
      assertEquals(e.getValue(), item.getAttribute("Label"));
      Element link = read.linksByTransaction().get(e.getValue() + "#tx");
      assertNotNull(link, e.getValue());
      assertEquals(e.getValue(), attributes(link).get("Reference"));
      assertEquals(e.getValue(), read.identityOfEnd(link, "End1Id"));
    }
    for (String dup : List.of(dup1, dup2)) {
      String identity = "dup\ufffd [" + AnxExport.entityId(dup) + "]";
      assertTrue(read.accountsByIdentity().containsKey(identity), "keys that read the same stay two accounts: " + identity);
      Element link = read.linksByTransaction().get("dup\ufffd#tx [" + AnxExport.paymentId(dup + "#tx") + "]");
      assertNotNull(link, "transaction ids that read the same stay apart");
      assertEquals(identity, read.identityOfEnd(link, "End1Id"));
    }
    assertEquals(keys.size(), read.accountsByIdentity().size());
  }

  @Test
  void aHostileReportReadsBackAndTheSameReportGivesTheSameBytes() throws Exception {
    Path report = ExportFixture.report(ExportFixture.hostileInput(tmp), tmp.resolve("r"));
    byte[] first = bytes(HandOver.open(report, Optional.empty(), List.of()));
    byte[] again = bytes(HandOver.open(report, Optional.empty(), List.of()));
    assertArrayEquals(first, again, "byte-identical reruns");
    String raw = strictUtf8(first);
    assertTrue(raw.startsWith(DECLARATION), raw.substring(0, 60));
    assertTrue(raw.endsWith("</Chart>\n") && !raw.contains("\r") && !raw.contains("\t"));
    Read read = Read.of(parse(first));
    String mule = "=cmd|\"quote\"<x>&\ufffd ";
    assertTrue(read.accountsByIdentity().containsKey(mule), read.accountsByIdentity().keySet().toString());
    assertTrue(read.linksByTransaction().values().stream()
        .anyMatch(l -> "inv \"1\" line2".equals(attributes(l).get("Reference"))));
    HandOver one = HandOver.open(report, Optional.empty(), List.of("case-1"));
    assertEquals(one.transactions().size(), Read.of(parse(bytes(one))).linksByTransaction().size());
  }

  private static String strictUtf8(byte[] b) throws Exception {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
  }
}
