package io.moneytrail.export;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an i2 Analyst's Notebook chart in its Exchange XML format ({@code .anx}), which Analyst's
 * Notebook opens with File &gt; Open, without an import specification.
 *
 * <p>The chart ({@code Chart IdReferenceLinking="false" Rigorous="true"}) first declares its
 * strength, attribute classes, entity type and link type, then holds its items in
 * {@code ChartItemCollection}:
 * <ul>
 *   <li><b>one item per account</b> ({@code ChartItem/End/Entity} with an {@code Icon} of entity
 *       type {@code Account}): the account appears once in the chart whatever the number of its
 *       cases, with {@code Identity} and label equal to the account key and {@code EntityId}
 *       {@code mt-acc-} and the SHA-1 of the key (as in the FollowTheMoney export). Its attributes
 *       say which cases it belongs to ({@code Cases}), its role in each ({@code Roles}, e.g.
 *       {@code case-1: mule; case-3: collector}), its highest score in them ({@code Score}) and
 *       whether any case sees it as victim-like or external; a {@code Card} per case carries the
 *       case's rank, risk, typologies and statement. An account that only appears as the
 *       counterparty of a case transaction has no case attributes.
 *   <li><b>one link per transaction</b> ({@code ChartItem/Link} from the paying to the receiving
 *       account, {@code LinkStyle Type="Payment" ArrowStyle="ArrowOnHead"}, drawn as parallel lines
 *       by {@code MlStyle="MultiplicityMultiple"}). Links are deliberately not aggregated per
 *       account pair: each transaction keeps its own date and time on the chart item
 *       ({@code DateSet}, {@code TimeSet}, {@code DateTime} in UTC as {@code yyyy-MM-ddTHH:mm:ss},
 *       so Analyst's Notebook's timeline and histogram see every payment), its transaction id
 *       (the item's description and the {@code Transaction} attribute), its exact amount
 *       ({@code Amount}, an {@code AttNumber} written as a plain decimal with {@code .}),
 *       {@code Currency}, {@code Cases}, the exact {@code Timestamp (UTC)} (ISO-8601, keeping
 *       milliseconds that {@code DateTime} has no room for) and the payment {@code Reference} when
 *       the data has one. Analysts who want one line per account pair can switch the links'
 *       multiplicity to single in Analyst's Notebook without losing the transactions.
 * </ul>
 * Accounts are placed on a square grid in key order; Analyst's Notebook's layouts rearrange them.
 *
 * <p>Every value is written as an XML attribute through {@code javax.xml.stream} (which escapes
 * {@code < > & "}); beforehand, characters XML 1.0 forbids (control characters other than tab,
 * line feed and carriage return, unpaired surrogates, U+FFFE, U+FFFF) and the discouraged
 * controls U+007F to U+009F become U+FFFD, and tab, line feed and carriage return become spaces,
 * as an XML parser would read them in an attribute anyway. Values are otherwise exact: a chart is
 * not a spreadsheet, so a value like {@code =cmd} is kept as it is. Should two account keys read
 * the same after this (they differ only in such characters), their identities get the
 * {@code EntityId} in brackets appended, so that the chart stays rigorous; two such transaction
 * ids get {@code mt-pay-} and the SHA-1 of the id (the FollowTheMoney export's payment id).
 *
 * <p>The output is UTF-8 with an XML declaration, lines end in {@code \n}, and it depends only on
 * the hand-over: the same report gives byte-identical output.
 */
public final class AnxExport {
  /** {@code ChartItem@DateTime}: UTC, to the second. */
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
      .withZone(ZoneOffset.UTC);
  /** The entity type of accounts. */
  static final String ACCOUNT_TYPE = "Account";
  /** The link type of transactions. */
  static final String PAYMENT_TYPE = "Payment";
  /** The one strength used. */
  static final String STRENGTH = "Confirmed";
  /** Distance between accounts on the grid, in world coordinates. */
  static final int SPACING = 200;

  private AnxExport() {}

  /**
   * Writes the chart.
   *
   * @param handOver the checked cases
   * @param out where the chart goes; it is written as UTF-8, so the writer should encode UTF-8
   * @throws IOException on write failure
   */
  public static void write(HandOver handOver, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      new AnxExport.Chart(handOver, x).write();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot write the chart: " + e.getMessage(), e);
    }
    out.flush();
  }

  /**
   * The attribute classes, in the order they are declared: name to type ({@code AttText},
   * {@code AttNumber}, {@code AttFlag}).
   */
  static Map<String, String> attributeClasses() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Cases", "AttText");
    m.put("Roles", "AttText");
    m.put("Score", "AttNumber");
    m.put("Victim-like", "AttFlag");
    m.put("External", "AttFlag");
    m.put("Transaction", "AttText");
    m.put("Amount", "AttNumber");
    m.put("Currency", "AttText");
    m.put("Timestamp (UTC)", "AttText");
    m.put("Reference", "AttText");
    return m;
  }

  /** @return the {@code EntityId} of an account: {@code mt-acc-} and the SHA-1 of its key */
  static String entityId(String account) {
    return FtmExport.id("acc", account);
  }

  /** @return the tag of a transaction id: {@code mt-pay-} and its SHA-1, as the FtM export's Payment id */
  static String paymentId(String transaction) {
    return FtmExport.id("pay", transaction);
  }

  /**
   * @return the value as it can stand in an XML 1.0 attribute: forbidden and C1 control
   *     characters and unpaired surrogates become U+FFFD, tab, line feed and carriage return spaces
   */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\t' || c == '\n' || c == '\r') {
        b.append(' ');
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE
          || c == 0xFFFF) {
        b.append('\uFFFD');
      } else {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  /** What is known about an account over all cases. */
  private static final class AccountFacts {
    final List<String> cases = new ArrayList<>();
    final List<String> roles = new ArrayList<>();
    final List<String[]> cards = new ArrayList<>();
    int score = -1;
    boolean victimLike;
    boolean external;
  }

  /** One chart being written. */
  private static final class Chart {
    private final HandOver h;
    private final XMLStreamWriter x;
    private Map<String, String> transactionIds;
    private int depth;

    Chart(HandOver h, XMLStreamWriter x) {
      this.h = h;
      this.x = x;
    }

    void write() throws XMLStreamException {
      Map<String, AccountFacts> accounts = new TreeMap<>();
      for (HandOver.Case c : h.cases()) {
        for (HandOver.Account a : c.accounts()) {
          AccountFacts f = accounts.computeIfAbsent(a.account(), k -> new AccountFacts());
          f.cases.add(c.id());
          f.roles.add(c.id() + ": " + a.role());
          f.score = Math.max(f.score, a.score());
          f.victimLike |= a.victimLike();
          f.external |= a.external();
          f.cards.add(new String[] {c.id() + ": " + a.role(), card(c, a)});
        }
      }
      for (HandOver.Transaction t : h.transactions()) {
        accounts.computeIfAbsent(t.from(), k -> new AccountFacts());
        accounts.computeIfAbsent(t.to(), k -> new AccountFacts());
      }
      Map<String, String> identities = distinct(accounts.keySet(), AnxExport::entityId);
      Set<String> txIds = new LinkedHashSet<>();
      h.transactions().forEach(t -> txIds.add(t.id()));
      transactionIds = distinct(txIds, AnxExport::paymentId);

      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      start("Chart");
      attr("IdReferenceLinking", "false");
      attr("Rigorous", "true");

      start("StrengthCollection");
      empty("Strength");
      attr("Id", STRENGTH);
      attr("Name", STRENGTH);
      attr("DotStyle", "DotStyleSolid");
      end();

      start("AttributeClassCollection");
      for (Map.Entry<String, String> e : attributeClasses().entrySet()) {
        empty("AttributeClass");
        attr("Name", e.getKey());
        attr("Type", e.getValue());
        if (e.getKey().equals("Amount")) {
          attr("DecimalPlaces", Integer.toString(h.scale()));
        } else if (e.getKey().equals("Score")) {
          attr("DecimalPlaces", "0");
        }
      }
      end();

      start("EntityTypeCollection");
      empty("EntityType");
      attr("Name", ACCOUNT_TYPE);
      attr("IconFile", "General");
      end();

      start("LinkTypeCollection");
      empty("LinkType");
      attr("Name", PAYMENT_TYPE);
      attr("Colour", "255");
      end();

      start("ChartItemCollection");
      int columns = (int) Math.ceil(Math.sqrt(accounts.size()));
      int i = 0;
      for (Map.Entry<String, AccountFacts> e : accounts.entrySet()) {
        int xPos = SPACING * (1 + i % columns);
        int yPos = SPACING * (1 + i / columns);
        account(e.getKey(), identities.get(e.getKey()), e.getValue(), xPos, yPos);
        i++;
      }
      for (HandOver.Transaction t : h.transactions()) {
        payment(t);
      }
      end();

      end();
      x.writeCharacters("\n");
      x.writeEndDocument();
    }

    private void account(String key, String identity, AccountFacts f, int xPos, int yPos) throws XMLStreamException {
      start("ChartItem");
      attr("Label", text(key));
      attr("XPosition", Integer.toString(xPos));
      start("End");
      attr("X", Integer.toString(xPos));
      attr("Y", Integer.toString(yPos));
      start("Entity");
      attr("EntityId", entityId(key));
      attr("Identity", identity);
      start("Icon");
      empty("IconStyle");
      attr("Type", ACCOUNT_TYPE);
      end();
      if (!f.cards.isEmpty()) {
        start("CardCollection");
        for (String[] card : f.cards) {
          empty("Card");
          attr("Summary", text(card[0]));
          attr("Text", text(card[1]));
        }
        end();
      }
      end();
      end();
      if (!f.cases.isEmpty()) {
        start("AttributeCollection");
        attribute("Cases", String.join("; ", f.cases));
        attribute("Roles", String.join("; ", f.roles));
        attribute("Score", Integer.toString(f.score));
        attribute("Victim-like", Boolean.toString(f.victimLike));
        attribute("External", Boolean.toString(f.external));
        end();
      }
      end();
    }

    private void payment(HandOver.Transaction t) throws XMLStreamException {
      start("ChartItem");
      attr("Label", text(t.amount().toPlainString() + " " + t.currency()));
      attr("Description", transactionIds.get(t.id()));
      attr("DateSet", "true");
      attr("TimeSet", "true");
      attr("DateTime", DATE_TIME.format(t.time()));
      start("Link");
      attr("End1Id", entityId(t.from()));
      attr("End2Id", entityId(t.to()));
      empty("LinkStyle");
      attr("Type", PAYMENT_TYPE);
      attr("ArrowStyle", "ArrowOnHead");
      attr("Strength", STRENGTH);
      attr("MlStyle", "MultiplicityMultiple");
      end();
      start("AttributeCollection");
      writtenAttribute("Transaction", transactionIds.get(t.id()));
      attribute("Amount", t.amount().toPlainString());
      attribute("Currency", t.currency());
      attribute("Cases", String.join("; ", t.cases()));
      attribute("Timestamp (UTC)", t.time().toString());
      if (t.reference().isPresent()) {
        attribute("Reference", t.reference().get());
      }
      end();
      end();
    }

    private String card(HandOver.Case c, HandOver.Account a) {
      return "Case " + c.id() + ", rank " + c.rank() + ", risk " + c.risk() + " of 100 (moneytrail), found as "
          + String.join(", ", c.typologies()) + ": " + c.statement() + " This account: " + a.role() + ", score "
          + a.score() + " of 100" + (a.victimLike() ? ", victim-like" : "") + (a.external() ? ", external" : "") + ".";
    }

    private void attribute(String attributeClass, String value) throws XMLStreamException {
      writtenAttribute(attributeClass, text(value));
    }

    /** Writes an attribute whose value is already fit for XML. */
    private void writtenAttribute(String attributeClass, String written) throws XMLStreamException {
      empty("Attribute");
      attr("AttributeClass", attributeClass);
      attr("Value", written);
    }

    /** Starts an element with children on a new, indented line. */
    private void start(String name) throws XMLStreamException {
      indent();
      x.writeStartElement(name);
      depth++;
    }

    /** Writes an element without children on a new, indented line. */
    private void empty(String name) throws XMLStreamException {
      indent();
      x.writeEmptyElement(name);
    }

    private void end() throws XMLStreamException {
      depth--;
      indent();
      x.writeEndElement();
    }

    private void attr(String name, String value) throws XMLStreamException {
      x.writeAttribute(name, value);
    }

    private void indent() throws XMLStreamException {
      if (depth > 0) {
        x.writeCharacters("\n" + "  ".repeat(depth));
      }
    }
  }

  /**
   * @param values the values, each once
   * @param tag the bracketed suffix of a value that would otherwise read the same as another
   * @return each value as written: {@link #text} of it, or, when two values read the same once
   *     written, that followed by its tag in brackets
   */
  static Map<String, String> distinct(Collection<String> values, Function<String, String> tag) {
    Map<String, Integer> count = new HashMap<>();
    for (String v : values) {
      count.merge(text(v), 1, Integer::sum);
    }
    Map<String, String> out = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      String t = text(v);
      String written = count.get(t) == 1 ? t : t + " [" + tag.apply(v) + "]";
      if (seen.add(written)) {
        out.put(v, written);
      } else if (!out.containsKey(v)) {
        throw new IllegalStateException("two values written as " + written);
      }
    }
    return out;
  }
}
