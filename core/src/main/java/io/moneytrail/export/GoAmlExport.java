package io.moneytrail.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.report.CaseReport;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Writes a goAML 5 suspicious-transaction report: one {@code <report>} (no namespace, UTF-8 with an
 * XML declaration) for the cases handed over, with one {@code <transaction>} per case transaction
 * in ledger order, for the financial intelligence unit's goAML portal. Elements, in goAML's order:
 * <ul>
 *   <li>{@code rentity_id}, {@code rentity_branch}, {@code submission_code}, {@code report_code},
 *       {@code submission_date}, {@code currency_code_local}, {@code reporting_person} (or
 *       {@code reporting_user_code}), {@code location}, {@code reason} (the reporting file's, or each
 *       case's statement in words), {@code action} (when the reporting file gives one);
 *   <li>per transaction {@code transactionnumber} (the data's id), {@code internal_ref_number} (the
 *       ids of the cases holding it), {@code transaction_location} (the data's {@code channel}, or
 *       empty), {@code transaction_description} (its {@code reference}, or who paid whom),
 *       {@code date_transaction}, {@code transmode_code}, {@code amount_local}, then
 *       {@code t_from_my_client} or {@code t_from} and {@code t_to_my_client} or {@code t_to}, each
 *       with {@code from_funds_code}/{@code to_funds_code}, the account and
 *       {@code from_country}/{@code to_country};
 *   <li>{@code report_indicators} with the reporting file's indicators.
 * </ul>
 * An account listed under {@code own_clients} is written as a {@code t_account_my_client} with the
 * client fields given there; any other as a {@code t_account} ({@code institution_name},
 * {@code institution_code} or {@code swift}, {@code account}) whose bank is the data's
 * {@code from_bank}/{@code to_bank} column (a value shaped like a BIC goes to {@code swift}, any
 * other to {@code institution_code}) or else the reporting file's {@code institution}. A party's
 * country is, in order, its {@code own_clients} {@code country}, the country of its
 * {@code own_clients} {@code iban}, the country of an account key that is a valid IBAN, or the
 * reporting file's {@code country_code}.
 *
 * <p>Dates are UTC, written {@code yyyy-MM-ddTHH:mm:ss} (goAML's {@code sql_date}; fractions of a
 * second are dropped); amounts are exact decimals in {@code currency_code_local} with a point, no
 * grouping and at most 13 fraction digits. Every value is escaped by the XML writer; characters that
 * XML 1.0 cannot carry (most control characters, unpaired surrogates, U+FFFE, U+FFFF) become
 * U+FFFD, and line breaks become line feeds. Free text longer than goAML allows is cut, ending in
 * an ellipsis; identifiers (transaction ids, accounts) are never cut: one too long is refused.
 *
 * <p>The output holds no current time: {@code submission_date} is what the caller passes, and
 * {@link #submissionDate(HandOver)} gives the report's manifest {@code created} time (what
 * {@code moneytrail export --to goaml} uses), so the same report and reporting file always give
 * byte-identical files.
 *
 * <p>goAML schemas are published by each FIU for its own portal (lookup lists and required fields
 * differ); none is bundled. {@link #validate(String, Path)} checks a written report against the
 * FIU's XSD with the JDK's validator.
 */
public final class GoAmlExport {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
      .withZone(ZoneOffset.UTC);
  private static final Instant EARLIEST = GoAmlReporting.EARLIEST.toInstant(ZoneOffset.UTC);
  private static final Instant LATEST = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toInstant(ZoneOffset.UTC);
  /** goAML's largest {@code sql_decimal}. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("7900000000000000");
  /** goAML's most fraction digits of a {@code sql_decimal}. */
  static final int MAX_FRACTION_DIGITS = 13;
  private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
  private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
  private static final String INDENT = "  ";

  private GoAmlExport() {}

  /**
   * A schema violation of a written report.
   *
   * @param line its line in the report, from 1 (or -1 when unknown)
   * @param column its column, from 1 (or -1 when unknown)
   * @param message the validator's words
   */
  public record Violation(int line, int column, String message) {
    /** Checks the message is present. */
    public Violation {
      Objects.requireNonNull(message, "message");
    }

    /** @return {@code line L, column C: message} */
    @Override
    public String toString() {
      return "line " + line + ", column " + column + ": " + message;
    }
  }

  /**
   * The time a report was created, from its {@code manifest.json} ({@code created}), after checking
   * that the manifest is still the one the hand-over was checked against.
   *
   * @param handOver the checked cases
   * @return the report's creation time, to be the {@code submission_date}
   * @throws ExportException of kind {@link ExportException.Kind#CHANGED} when the manifest changed
   *     since it was checked or records no valid time
   * @throws IOException when the manifest cannot be read
   */
  public static Instant submissionDate(HandOver handOver) throws IOException {
    Path manifest = handOver.folder().resolve(CaseReport.MANIFEST);
    byte[] bytes = Files.readAllBytes(manifest);
    if (!sha256(bytes).equals(handOver.manifestSha256())) {
      throw new ExportException(ExportException.Kind.CHANGED, manifest + " changed while exporting");
    }
    JsonNode created = Json.mapper().readTree(bytes).path("created");
    try {
      return Instant.parse(created.asText());
    } catch (DateTimeParseException e) {
      throw new ExportException(ExportException.Kind.CHANGED, manifest + " records no 'created' time to be the "
          + "submission_date");
    }
  }

  /**
   * Writes the report.
   *
   * @param handOver the checked cases and their transactions
   * @param reporting what the reporting institution knows
   * @param submissionDate the {@code submission_date} (UTC; fractions of a second are dropped)
   * @param out where the XML goes; the caller encodes it as UTF-8, as the declaration says
   * @throws ExportException of kind {@link ExportException.Kind#BAD_INPUT} before anything is
   *     written when there is no transaction to report, a transaction is in a currency other than
   *     {@code currency_code_local} (the first is named, with its currency), or a value is beyond
   *     goAML's limits (an id or account longer than goAML takes, an amount with more than 13
   *     fraction digits or above 7.9e15, a date before 1753); of kind
   *     {@link ExportException.Kind#MISSING_VALUE} when the submission date is before 1753
   * @throws IOException on write failure
   */
  public static void write(HandOver handOver, GoAmlReporting reporting, Instant submissionDate, Writer out)
      throws IOException {
    Objects.requireNonNull(reporting, "reporting");
    if (submissionDate.isBefore(EARLIEST) || submissionDate.isAfter(LATEST)) {
      throw new ExportException(ExportException.Kind.MISSING_VALUE, "submission_date " + submissionDate
          + " is outside goAML's dates (1753 to 9999)");
    }
    List<Tx> txs = prepare(handOver, reporting);
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      Xml x = new Xml(w);
      w.writeStartDocument("UTF-8", "1.0");
      x.open("report");
      x.leaf("rentity_id", Integer.toString(reporting.rentityId()));
      x.leaf("rentity_branch", reporting.rentityBranch());
      x.leaf("submission_code", reporting.submissionCode());
      x.leaf("report_code", reporting.reportCode());
      x.leaf("submission_date", DATE.format(submissionDate));
      x.leaf("currency_code_local", reporting.currencyCodeLocal());
      if (reporting.reportingPerson().isPresent()) {
        GoAmlReporting.ReportingPerson p = reporting.reportingPerson().get();
        x.open("reporting_person");
        x.leaf("first_name", p.firstName());
        x.leaf("last_name", p.lastName());
        if (p.email().isPresent()) {
          x.leaf("email", p.email().get());
        }
        if (p.occupation().isPresent()) {
          x.leaf("occupation", p.occupation().get());
        }
        x.close();
      } else {
        x.leaf("reporting_user_code", reporting.reportingUserCode().orElseThrow());
      }
      GoAmlReporting.Address loc = reporting.location();
      x.open("location");
      x.leaf("address_type", loc.addressType());
      x.leaf("address", loc.address());
      x.leaf("city", loc.city());
      x.leaf("country_code", loc.countryCode());
      x.close();
      x.leaf("reason", cut(reporting.reason().orElseGet(() -> statements(handOver)), GoAmlReporting.MAX_COMMENT));
      if (reporting.action().isPresent()) {
        x.leaf("action", reporting.action().get());
      }
      for (Tx t : txs) {
        transaction(x, t, reporting);
      }
      x.open("report_indicators");
      for (String indicator : reporting.indicators()) {
        x.leaf("indicator", indicator);
      }
      x.close();
      x.close();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot write the goAML XML: " + e.getMessage(), e);
    }
    out.flush();
  }

  /**
   * Validates a written report against an XSD with the JDK's validator (W3C XML Schema 1.0). The
   * schema may include or import other schema files beside it; nothing is fetched over the network.
   *
   * @param xml the report as written by {@link #write}
   * @param xsd the FIU's goAML schema
   * @return every violation, in document order; empty when the report is valid
   * @throws ExportException of kind {@link ExportException.Kind#BAD_INPUT} when the file is not an
   *     XML schema (naming its line)
   * @throws IOException when the schema cannot be read
   */
  public static List<Violation> validate(String xml, Path xsd) throws IOException {
    if (!Files.isRegularFile(xsd)) {
      throw new NoSuchFileException(xsd.toString());
    }
    Schema schema;
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      factory.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      schema = factory.newSchema(new StreamSource(xsd.toFile()));
    } catch (SAXParseException e) {
      throw new ExportException(ExportException.Kind.BAD_INPUT, xsd + " is not a usable XML schema (line "
          + e.getLineNumber() + "): " + e.getMessage());
    } catch (SAXException e) {
      throw new ExportException(ExportException.Kind.BAD_INPUT, xsd + " is not a usable XML schema: " + e.getMessage());
    }
    List<Violation> violations = new ArrayList<>();
    Validator v = schema.newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
          violations.add(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          violations.add(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
          throw e;
        }
      });
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      if (violations.isEmpty()) {
        violations.add(new Violation(-1, -1, String.valueOf(e.getMessage())));
      }
    }
    return List.copyOf(violations);
  }

  /** A transaction with every value checked and ready to write. */
  private record Tx(HandOver.Transaction t, String number, String ref, String location, String description,
      String date, String amount, Party from, Party to) {}

  /** One side of a transaction: an own client's account, or a counterparty's. */
  private record Party(String account, Optional<GoAmlReporting.OwnClient> own, String institutionName,
      Optional<String> institutionCode, Optional<String> swift, String country) {}

  private static List<Tx> prepare(HandOver h, GoAmlReporting r) {
    if (h.transactions().isEmpty()) {
      throw new ExportException(ExportException.Kind.BAD_INPUT, h.folder() + ": no case transactions to report "
          + "(goAML needs at least one)");
    }
    List<HandOver.Transaction> foreign = h.transactions().stream()
        .filter(t -> !t.currency().equals(r.currencyCodeLocal())).toList();
    if (!foreign.isEmpty()) {
      HandOver.Transaction f = foreign.get(0);
      throw new ExportException(ExportException.Kind.BAD_INPUT, "transaction " + f.id() + " is in " + f.currency()
          + ", not in currency_code_local " + r.currencyCodeLocal()
          + (foreign.size() > 1 ? " (and " + (foreign.size() - 1) + " more in other currencies)" : "")
          + "; goAML reports amounts in the local currency and moneytrail has no exchange rates: export the cases "
          + "without it (--case)");
    }
    List<Tx> out = new ArrayList<>();
    for (HandOver.Transaction t : h.transactions()) {
      String number = xml(t.id());
      if (number.codePointCount(0, number.length()) > 100) {
        throw bad(t, "its id is longer than goAML's 100 characters for transactionnumber");
      }
      if (t.time().isBefore(EARLIEST) || t.time().isAfter(LATEST)) {
        throw bad(t, "its time " + t.time() + " is outside goAML's dates (1753 to 9999)");
      }
      BigDecimal amount = t.amount();
      if (amount.scale() > MAX_FRACTION_DIGITS) {
        amount = amount.stripTrailingZeros();
      }
      if (amount.scale() > MAX_FRACTION_DIGITS) {
        throw bad(t, "its amount " + t.amount().toPlainString() + " has more than goAML's " + MAX_FRACTION_DIGITS
            + " fraction digits");
      }
      if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
        throw bad(t, "its amount " + t.amount().toPlainString() + " is above goAML's largest, 7900000000000000");
      }
      String description = t.reference().orElse("payment from account " + t.from() + " to account " + t.to());
      out.add(new Tx(t, number, cut(String.join(" ", t.cases()), 100),
          cut(t.extra().getOrDefault("channel", ""), 255), cut(description, GoAmlReporting.MAX_COMMENT),
          DATE.format(t.time()), amount.toPlainString(),
          party(t, t.from(), t.fromBank().orElse(null), r), party(t, t.to(), t.toBank().orElse(null), r)));
    }
    return out;
  }

  private static Party party(HandOver.Transaction t, String account, String bank, GoAmlReporting r) {
    String key = xml(account);
    if (key.codePointCount(0, key.length()) > 255) {
      throw bad(t, "account " + account + " is longer than goAML's 255 characters");
    }
    Optional<GoAmlReporting.OwnClient> own = r.ownClient(account);
    GoAmlReporting.Institution inst = r.institution();
    String name;
    Optional<String> code;
    Optional<String> swift;
    if (own.isPresent()) {
      GoAmlReporting.OwnClient c = own.get();
      name = c.institutionName().orElse(inst.name());
      boolean given = c.institutionCode().isPresent() || c.swift().isPresent();
      code = given ? c.institutionCode() : inst.code();
      swift = given ? c.swift() : inst.swift();
    } else if (bank != null && !bank.isBlank()) {
      name = cut(bank, 255);
      boolean bic = BIC.matcher(bank).matches();
      code = bic ? Optional.empty() : Optional.of(cut(bank, 50));
      swift = bic ? Optional.of(bank) : Optional.empty();
    } else {
      name = inst.name();
      code = inst.code();
      swift = inst.swift();
    }
    String country = own.flatMap(GoAmlReporting.OwnClient::country)
        .or(() -> own.flatMap(GoAmlReporting.OwnClient::iban).flatMap(GoAmlExport::ibanCountry))
        .or(() -> ibanCountry(account)).orElse(r.countryCode());
    return new Party(key, own, name, code, swift, country);
  }

  private static void transaction(Xml x, Tx t, GoAmlReporting r) throws XMLStreamException {
    x.open("transaction");
    x.leaf("transactionnumber", t.number());
    x.leaf("internal_ref_number", t.ref());
    x.leaf("transaction_location", t.location());
    x.leaf("transaction_description", t.description());
    x.leaf("date_transaction", t.date());
    x.leaf("transmode_code", r.transmodeCode());
    x.leaf("amount_local", t.amount());
    side(x, "from", t.from(), r);
    side(x, "to", t.to(), r);
    x.close();
  }

  private static void side(Xml x, String dir, Party p, GoAmlReporting r) throws XMLStreamException {
    x.open(p.own().isPresent() ? "t_" + dir + "_my_client" : "t_" + dir);
    x.leaf(dir + "_funds_code", r.fundsCode());
    x.open(dir + "_account");
    x.leaf("institution_name", p.institutionName());
    if (p.institutionCode().isPresent()) {
      x.leaf("institution_code", p.institutionCode().get());
    } else {
      x.leaf("swift", p.swift().orElseThrow());
    }
    if (p.own().isEmpty()) {
      x.leaf("account", p.account());
    } else {
      GoAmlReporting.OwnClient c = p.own().get();
      x.leaf("branch", c.branch());
      x.leaf("account", p.account());
      x.leaf("currency_code", c.currencyCode());
      x.leaf("account_name", c.accountName());
      if (c.iban().isPresent()) {
        x.leaf("iban", c.iban().get());
      }
      x.leaf("client_number", c.clientNumber());
      x.leaf("personal_account_type", c.personalAccountType());
      GoAmlReporting.Person s = c.signatory().person();
      x.open("signatory");
      x.leaf("is_primary", "true");
      x.open("t_person");
      x.leaf("first_name", s.firstName());
      x.leaf("last_name", s.lastName());
      x.leaf("birthdate", DATE.format(s.birthdate().toInstant(ZoneOffset.UTC)));
      x.leaf("ssn", s.ssn());
      x.leaf("nationality1", s.nationality1());
      x.leaf("residence", s.residence());
      x.open("phones");
      for (GoAmlReporting.Phone ph : s.phones()) {
        x.open("phone");
        x.leaf("tph_contact_type", ph.contactType());
        x.leaf("tph_communication_type", ph.communicationType());
        x.leaf("tph_country_prefix", ph.countryPrefix());
        x.leaf("tph_number", ph.number());
        x.close();
      }
      x.close();
      x.leaf("occupation", s.occupation());
      x.close();
      x.leaf("role", c.signatory().role());
      x.close();
      x.leaf("opened", DATE.format(c.opened().toInstant(ZoneOffset.UTC)));
      x.leaf("status_code", c.statusCode());
    }
    x.close();
    x.leaf(dir + "_country", p.country());
    x.close();
  }

  /** @return each case's statement in words, one case a line */
  private static String statements(HandOver h) {
    List<String> lines = new ArrayList<>();
    for (HandOver.Case c : h.cases()) {
      lines.add("moneytrail " + c.id() + ", risk " + c.risk() + " of 100: " + c.statement());
    }
    return String.join("\n", lines);
  }

  /** @return the country of an account key that is a valid IBAN (ISO 13616 check digits) */
  static Optional<String> ibanCountry(String account) {
    if (!IBAN.matcher(account).matches()) {
      return Optional.empty();
    }
    String moved = account.substring(4) + account.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char ch : moved.toCharArray()) {
      digits.append(Character.isDigit(ch) ? String.valueOf(ch) : Integer.toString(ch - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1
        ? Optional.of(account.substring(0, 2)) : Optional.empty();
  }

  private static ExportException bad(HandOver.Transaction t, String why) {
    return new ExportException(ExportException.Kind.BAD_INPUT, "transaction " + t.id() + ": " + why);
  }

  /**
   * @return the text with every character XML 1.0 cannot carry replaced by U+FFFD, and carriage
   *     returns (alone or before a line feed) as line feeds, which is what an XML reader would make of them
   */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        b.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
        b.append(c);
      } else {
        b.append('\uFFFD');
      }
    }
    return b.toString();
  }

  /** @return the text made XML-safe and cut to at most {@code max} characters (code points), ending in an ellipsis */
  static String cut(String s, int max) {
    String v = xml(s);
    if (v.codePointCount(0, v.length()) <= max) {
      return v;
    }
    return v.substring(0, v.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** Elements one a line, indented by depth; every value made XML-safe before the writer escapes it. */
  private static final class Xml {
    private final XMLStreamWriter w;
    private int depth;

    Xml(XMLStreamWriter w) {
      this.w = w;
    }

    void open(String name) throws XMLStreamException {
      w.writeCharacters("\n" + INDENT.repeat(depth));
      w.writeStartElement(name);
      depth++;
    }

    void close() throws XMLStreamException {
      depth--;
      w.writeCharacters("\n" + INDENT.repeat(depth));
      w.writeEndElement();
    }

    void leaf(String name, String value) throws XMLStreamException {
      w.writeCharacters("\n" + INDENT.repeat(depth));
      w.writeStartElement(name);
      w.writeCharacters(xml(value));
      w.writeEndElement();
    }
  }
}
