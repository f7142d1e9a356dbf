package io.moneytrail.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What only the reporting institution knows for a goAML report, read from a small YAML file
 * ({@code --reporting FILE}; {@code docs/goaml-reporting.example.yaml} shows every key). The keys
 * are named as goAML names its elements; codes ({@code submission_code}, {@code report_code},
 * {@code transmode_code}, {@code funds_code}, {@code address_type}, indicators, account types,
 * roles, status) come from the lookup lists of the financial intelligence unit (FIU) the report
 * goes to and are written as given.
 *
 * <p>The file is read strictly: UTF-8 only, at most {@link #MAX_BYTES} bytes, one YAML document, no
 * aliases, no repeated keys, and an unknown key is refused naming it. Every scalar is taken as
 * written ({@code 001} stays {@code 001}, {@code NO} stays {@code NO}). A missing required value is
 * one {@link ExportException} of kind {@link ExportException.Kind#MISSING_VALUE} naming the key
 * (e.g. {@code location.city}, {@code own_clients[2].signatory.t_person.ssn}); so is a value that
 * goAML would refuse (too long, a country code that is not two capital letters, a date before
 * 1753).
 *
 * @param rentityId {@code rentity_id}: the reporting entity's id at the FIU, 1 to 2147483647
 * @param rentityBranch {@code rentity_branch}: the reporting branch
 * @param submissionCode {@code submission_code}, e.g. {@code E} (electronic)
 * @param reportCode {@code report_code}, e.g. {@code STR}
 * @param currencyCodeLocal {@code currency_code_local}: ISO 4217 code every amount must be in
 * @param reportingPerson {@code reporting_person}, or empty when {@code reporting_user_code} is given
 * @param reportingUserCode {@code reporting_user_code}, or empty when {@code reporting_person} is given
 * @param location {@code location}: the reporting entity's address
 * @param indicators {@code indicators}: the FIU's report indicator codes, at least one
 * @param transmodeCode {@code transmode_code}: how every transaction was conducted
 * @param fundsCode {@code funds_code}: the funds type written as {@code from_funds_code} and
 *     {@code to_funds_code}
 * @param countryCode {@code country_code}: the country of a party for which nothing else tells one
 * @param institution {@code institution}: the bank of accounts whose bank the data does not name
 * @param reason {@code reason}, or empty for the cases' statements
 * @param action {@code action}, or empty to leave it out
 * @param ownClients {@code own_clients}: the accounts that are the institution's own clients
 */
public record GoAmlReporting(int rentityId, String rentityBranch, String submissionCode, String reportCode,
    String currencyCodeLocal, Optional<ReportingPerson> reportingPerson, Optional<String> reportingUserCode,
    Address location, List<String> indicators, String transmodeCode, String fundsCode, String countryCode,
    Institution institution, Optional<String> reason, Optional<String> action, List<OwnClient> ownClients) {

  /** The largest reporting file read, in bytes (1 MiB). */
  public static final int MAX_BYTES = 1 << 20;
  /** goAML's longest free text ({@code comments_type}). */
  static final int MAX_COMMENT = 8000;
  /** The earliest date goAML accepts ({@code sql_date}). */
  static final LocalDateTime EARLIEST = LocalDateTime.of(1753, 1, 1, 0, 0);

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

  /** Checks one of reporting person and user code is given, and copies the lists. */
  public GoAmlReporting {
    Objects.requireNonNull(rentityBranch, "rentityBranch");
    Objects.requireNonNull(submissionCode, "submissionCode");
    Objects.requireNonNull(reportCode, "reportCode");
    Objects.requireNonNull(currencyCodeLocal, "currencyCodeLocal");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(transmodeCode, "transmodeCode");
    Objects.requireNonNull(fundsCode, "fundsCode");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(institution, "institution");
    if (reportingPerson.isPresent() == reportingUserCode.isPresent()) {
      throw new IllegalArgumentException("exactly one of reportingPerson and reportingUserCode");
    }
    indicators = List.copyOf(indicators);
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("at least one indicator");
    }
    reason = Objects.requireNonNull(reason, "reason");
    action = Objects.requireNonNull(action, "action");
    ownClients = List.copyOf(ownClients);
  }

  /**
   * {@code reporting_person}: who files the report.
   *
   * @param firstName {@code first_name}
   * @param lastName {@code last_name}
   * @param occupation {@code occupation}, optional
   * @param email {@code email}, optional
   */
  public record ReportingPerson(String firstName, String lastName, Optional<String> occupation, Optional<String> email) {
    /** Checks the names are present. */
    public ReportingPerson {
      Objects.requireNonNull(firstName, "firstName");
      Objects.requireNonNull(lastName, "lastName");
      Objects.requireNonNull(occupation, "occupation");
      Objects.requireNonNull(email, "email");
    }
  }

  /**
   * {@code location}: a goAML {@code t_address}.
   *
   * @param addressType {@code address_type} (the FIU's {@code contact_type} code)
   * @param address {@code address}: street and number
   * @param city {@code city}
   * @param countryCode {@code country_code}: ISO 3166 alpha-2
   */
  public record Address(String addressType, String address, String city, String countryCode) {
    /** Checks the parts are present. */
    public Address {
      Objects.requireNonNull(addressType, "addressType");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(countryCode, "countryCode");
    }
  }

  /**
   * {@code institution}: a bank, named and identified by its code at the FIU or its SWIFT BIC.
   *
   * @param name {@code name}, written as {@code institution_name}
   * @param code {@code code}, written as {@code institution_code}; empty when {@code swift} is given
   * @param swift {@code swift}: the BIC; empty when {@code code} is given
   */
  public record Institution(String name, Optional<String> code, Optional<String> swift) {
    /** Checks exactly one of code and swift is given. */
    public Institution {
      Objects.requireNonNull(name, "name");
      if (code.isPresent() == swift.isPresent()) {
        throw new IllegalArgumentException("exactly one of code and swift");
      }
    }
  }

  /**
   * An entry of {@code own_clients}: an account held at the reporting institution, with what goAML
   * requires of a {@code t_account_my_client}. Transactions from or to it are written as
   * {@code t_from_my_client} / {@code t_to_my_client}.
   *
   * @param account {@code account}: the account key exactly as in the data
   * @param institutionName {@code institution_name}; empty for {@code institution.name}
   * @param institutionCode {@code institution_code}; with {@code swift} empty, the institution's
   * @param swift {@code swift}; with {@code institution_code} empty, the institution's
   * @param branch {@code branch}
   * @param currencyCode {@code currency_code}: the account's currency
   * @param accountName {@code account_name}
   * @param iban {@code iban}, optional
   * @param clientNumber {@code client_number}
   * @param personalAccountType {@code personal_account_type}
   * @param signatory {@code signatory}: the primary signatory
   * @param opened {@code opened}
   * @param statusCode {@code status_code}
   * @param country {@code country}: written as {@code from_country} / {@code to_country}; empty for
   *     the IBAN's country or {@code country_code}
   */
  public record OwnClient(String account, Optional<String> institutionName, Optional<String> institutionCode,
      Optional<String> swift, String branch, String currencyCode, String accountName, Optional<String> iban,
      String clientNumber, String personalAccountType, Signatory signatory, LocalDateTime opened, String statusCode,
      Optional<String> country) {
    /** Checks the required parts are present. */
    public OwnClient {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(branch, "branch");
      Objects.requireNonNull(currencyCode, "currencyCode");
      Objects.requireNonNull(accountName, "accountName");
      Objects.requireNonNull(clientNumber, "clientNumber");
      Objects.requireNonNull(personalAccountType, "personalAccountType");
      Objects.requireNonNull(signatory, "signatory");
      Objects.requireNonNull(opened, "opened");
      Objects.requireNonNull(statusCode, "statusCode");
      if (institutionCode.isPresent() && swift.isPresent()) {
        throw new IllegalArgumentException("at most one of institutionCode and swift");
      }
    }
  }

  /**
   * {@code signatory}: written with {@code is_primary} true.
   *
   * @param role {@code role} (the FIU's {@code account_person_role_type} code)
   * @param person {@code t_person}
   */
  public record Signatory(String role, Person person) {
    /** Checks the parts are present. */
    public Signatory {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(person, "person");
    }
  }

  /**
   * {@code t_person}: what goAML requires of a {@code t_person_my_client}.
   *
   * @param firstName {@code first_name}
   * @param lastName {@code last_name}
   * @param birthdate {@code birthdate}
   * @param ssn {@code ssn}
   * @param nationality1 {@code nationality1}: ISO 3166 alpha-2
   * @param residence {@code residence}: ISO 3166 alpha-2
   * @param phones {@code phones}: at least one
   * @param occupation {@code occupation}
   */
  public record Person(String firstName, String lastName, LocalDateTime birthdate, String ssn, String nationality1,
      String residence, List<Phone> phones, String occupation) {
    /** Checks the parts are present and copies the list. */
    public Person {
      Objects.requireNonNull(firstName, "firstName");
      Objects.requireNonNull(lastName, "lastName");
      Objects.requireNonNull(birthdate, "birthdate");
      Objects.requireNonNull(ssn, "ssn");
      Objects.requireNonNull(nationality1, "nationality1");
      Objects.requireNonNull(residence, "residence");
      phones = List.copyOf(phones);
      Objects.requireNonNull(occupation, "occupation");
    }
  }

  /**
   * An entry of {@code phones}: a goAML {@code t_phone}.
   *
   * @param contactType {@code tph_contact_type}
   * @param communicationType {@code tph_communication_type}
   * @param countryPrefix {@code tph_country_prefix}
   * @param number {@code tph_number}
   */
  public record Phone(String contactType, String communicationType, String countryPrefix, String number) {
    /** Checks the parts are present. */
    public Phone {
      Objects.requireNonNull(contactType, "contactType");
      Objects.requireNonNull(communicationType, "communicationType");
      Objects.requireNonNull(countryPrefix, "countryPrefix");
      Objects.requireNonNull(number, "number");
    }
  }

  /** @return the own client holding this account key, if any */
  public Optional<OwnClient> ownClient(String account) {
    for (OwnClient c : ownClients) {
      if (c.account().equals(account)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a reporting file: strict UTF-8 (a leading byte-order mark is skipped), at most
   * {@link #MAX_BYTES} bytes.
   *
   * @param file the YAML file
   * @return its values, checked
   * @throws ExportException of kind {@link ExportException.Kind#BAD_INPUT} when the file is too
   *     large or not UTF-8, of kind {@link ExportException.Kind#MISSING_VALUE} (naming the key) when
   *     a required value is missing or invalid, a key is unknown, or the YAML does not parse
   * @throws IOException when the file cannot be read
   */
  public static GoAmlReporting read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new ExportException(ExportException.Kind.BAD_INPUT, file + " is larger than " + MAX_BYTES
          + " bytes (1 MiB); a reporting file is a small YAML document");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ExportException(ExportException.Kind.BAD_INPUT, file + " is not UTF-8 text");
    }
    return parse(text, file.toString());
  }

  /**
   * Reads reporting values from YAML text.
   *
   * @param yaml the document
   * @param source the file name for messages
   * @return its values, checked
   * @throws ExportException of kind {@link ExportException.Kind#MISSING_VALUE} naming the key when a
   *     required value is missing or invalid, a key is unknown, or the YAML does not parse
   */
  public static GoAmlReporting parse(String yaml, String source) {
    String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
    Object root = Tree.read(text, source);
    if (root == null) {
      throw missing(source, "rentity_id");
    }
    Section top = Section.of(root, "", source);
    top.only("rentity_id", "rentity_branch", "submission_code", "report_code", "currency_code_local",
        "reporting_person", "reporting_user_code", "location", "indicators", "transmode_code", "funds_code",
        "country_code", "institution", "reason", "action", "own_clients");
    int rentityId = top.integer("rentity_id");
    String branch = top.text("rentity_branch", 255);
    String submission = top.text("submission_code", 255);
    String reportCode = top.text("report_code", 255);
    String currency = top.matching("currency_code_local", CURRENCY, "an ISO 4217 code of three capital letters");
    Optional<Section> person = top.optSection("reporting_person");
    Optional<String> userCode = top.optText("reporting_user_code", 50);
    if (person.isPresent() && userCode.isPresent()) {
      throw new ExportException(ExportException.Kind.MISSING_VALUE, source
          + ": give 'reporting_person' or 'reporting_user_code', not both");
    }
    if (person.isEmpty() && userCode.isEmpty()) {
      throw new ExportException(ExportException.Kind.MISSING_VALUE, source
          + ": missing key 'reporting_person' (or 'reporting_user_code')");
    }
    if (userCode.isPresent() && userCode.get().codePointCount(0, userCode.get().length()) < 4) {
      throw top.invalid("reporting_user_code", "must be 4 to 50 characters long");
    }
    Optional<ReportingPerson> reporter = person.map(p -> {
      p.only("first_name", "last_name", "occupation", "email");
      return new ReportingPerson(p.text("first_name", 100), p.text("last_name", 100), p.optText("occupation", 255),
          p.optText("email", 255));
    });
    Section loc = top.section("location");
    loc.only("address_type", "address", "city", "country_code");
    Address location = new Address(loc.text("address_type", 255), loc.text("address", 100), loc.text("city", 255),
        loc.matching("country_code", COUNTRY, "an ISO 3166 code of two capital letters"));
    List<String> indicators = top.texts("indicators");
    String transmode = top.text("transmode_code", 255);
    String funds = top.text("funds_code", 255);
    String country = top.matching("country_code", COUNTRY, "an ISO 3166 code of two capital letters");
    Section inst = top.section("institution");
    inst.only("name", "code", "swift");
    String instName = inst.text("name", 255);
    Optional<String> instCode = inst.optText("code", 50);
    Optional<String> instSwift = inst.optMatching("swift", BIC, "a SWIFT BIC of 8 or 11 characters");
    if (instCode.isPresent() == instSwift.isPresent()) {
      throw new ExportException(ExportException.Kind.MISSING_VALUE, source + ": "
          + (instCode.isPresent() ? "give 'institution.code' or 'institution.swift', not both"
          : "missing key 'institution.code' (or 'institution.swift')"));
    }
    Optional<String> reason = top.optText("reason", MAX_COMMENT);
    Optional<String> action = top.optText("action", MAX_COMMENT);
    List<OwnClient> own = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Section c : top.optSections("own_clients")) {
      OwnClient client = ownClient(c);
      if (!seen.add(client.account())) {
        throw c.invalid("account", "lists account '" + client.account() + "' a second time");
      }
      own.add(client);
    }
    return new GoAmlReporting(rentityId, branch, submission, reportCode, currency, reporter, userCode, location,
        indicators, transmode, funds, country, new Institution(instName, instCode, instSwift), reason, action, own);
  }

  private static OwnClient ownClient(Section c) {
    c.only("account", "institution_name", "institution_code", "swift", "branch", "currency_code", "account_name",
        "iban", "client_number", "personal_account_type", "signatory", "opened", "status_code", "country");
    String account = c.text("account", 255);
    Optional<String> name = c.optText("institution_name", 255);
    Optional<String> code = c.optText("institution_code", 50);
    Optional<String> swift = c.optMatching("swift", BIC, "a SWIFT BIC of 8 or 11 characters");
    if (code.isPresent() && swift.isPresent()) {
      throw c.invalid("swift", "give 'institution_code' or 'swift', not both");
    }
    String branch = c.text("branch", 255);
    String currency = c.matching("currency_code", CURRENCY, "an ISO 4217 code of three capital letters");
    String accountName = c.text("account_name", 255);
    Optional<String> iban = c.optText("iban", 34);
    String clientNumber = c.text("client_number", 30);
    String accountType = c.text("personal_account_type", 255);
    Section s = c.section("signatory");
    s.only("role", "t_person");
    String role = s.text("role", 255);
    Section p = s.section("t_person");
    p.only("first_name", "last_name", "birthdate", "ssn", "nationality1", "residence", "phones", "occupation");
    String first = p.text("first_name", 100);
    String last = p.text("last_name", 100);
    LocalDateTime birthdate = p.date("birthdate");
    String ssn = p.text("ssn", 25);
    String nationality = p.matching("nationality1", COUNTRY, "an ISO 3166 code of two capital letters");
    String residence = p.matching("residence", COUNTRY, "an ISO 3166 code of two capital letters");
    List<Phone> phones = new ArrayList<>();
    for (Section ph : p.sections("phones")) {
      ph.only("tph_contact_type", "tph_communication_type", "tph_country_prefix", "tph_number");
      phones.add(new Phone(ph.text("tph_contact_type", 255), ph.text("tph_communication_type", 255),
          ph.text("tph_country_prefix", 4), ph.text("tph_number", 50)));
    }
    String occupation = p.text("occupation", 255);
    Person person = new Person(first, last, birthdate, ssn, nationality, residence, phones, occupation);
    LocalDateTime opened = c.date("opened");
    String status = c.text("status_code", 255);
    Optional<String> country = c.optMatching("country", COUNTRY, "an ISO 3166 code of two capital letters");
    return new OwnClient(account, name, code, swift, branch, currency, accountName, iban, clientNumber, accountType,
        new Signatory(role, person), opened, status, country);
  }

  private static ExportException missing(String source, String key) {
    return new ExportException(ExportException.Kind.MISSING_VALUE, source + ": missing key '" + key + "'");
  }

  /** The YAML document as maps, lists and scalars exactly as written; {@code null} for an empty value. */
  private static final class Tree {
    private Tree() {}

    static Object read(String text, String source) {
      try (JsonParser p = YAMLFactory.builder().build().createParser(text)) {
        JsonToken first = p.nextToken();
        if (first == null) {
          return null;
        }
        Object root = value(p, source, "");
        if (p.nextToken() != null) {
          throw new ExportException(ExportException.Kind.MISSING_VALUE, source
              + ": holds more than one YAML document (line " + p.currentLocation().getLineNr() + ")");
        }
        return root;
      } catch (JsonProcessingException e) {
        throw new ExportException(ExportException.Kind.MISSING_VALUE, source + ": not valid YAML"
            + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ": "
            + e.getOriginalMessage().lines().findFirst().orElse(""));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static Object value(JsonParser p, String source, String path) throws IOException {
      JsonToken t = p.currentToken();
      if (p instanceof YAMLParser y && y.isCurrentAlias()) {
        throw new ExportException(ExportException.Kind.MISSING_VALUE, source + ": '" + path
            + "' is an alias (*" + p.getText() + "); write the value out");
      }
      switch (t) {
        case START_OBJECT -> {
          Map<String, Object> m = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String at = path.isEmpty() ? key : path + "." + key;
            if (m.containsKey(key)) {
              throw new ExportException(ExportException.Kind.MISSING_VALUE, source + ": key '" + at
                  + "' is given twice");
            }
            p.nextToken();
            m.put(key, value(p, source, at));
          }
          return m;
        }
        case START_ARRAY -> {
          List<Object> l = new ArrayList<>();
          int i = 1;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            l.add(value(p, source, path + "[" + i++ + "]"));
          }
          return l;
        }
        case VALUE_NULL -> {
          return null;
        }
        default -> {
          String s = p.getText();
          return s == null || s.isEmpty() ? null : s;
        }
      }
    }
  }

  /** One mapping of the document, with its key path, for values and messages naming their key. */
  private static final class Section {
    private final Map<String, Object> map;
    private final String path;
    private final String source;

    private Section(Map<String, Object> map, String path, String source) {
      this.map = map;
      this.path = path;
      this.source = source;
    }

    @SuppressWarnings("unchecked")
    static Section of(Object value, String path, String source) {
      if (!(value instanceof Map)) {
        throw new ExportException(ExportException.Kind.MISSING_VALUE, source + ": "
            + (path.isEmpty() ? "must be a YAML mapping of keys to values" : "'" + path + "' must be a mapping of keys"));
      }
      return new Section((Map<String, Object>) value, path, source);
    }

    private String key(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    /** Refuses any key not listed. */
    void only(String... keys) {
      Set<String> known = new LinkedHashSet<>(List.of(keys));
      for (String k : map.keySet()) {
        if (!known.contains(k)) {
          throw new ExportException(ExportException.Kind.MISSING_VALUE, source + ": unknown key '" + key(k) + "' ("
              + (path.isEmpty() ? "known keys" : path + " takes") + ": " + String.join(", ", known) + ")");
        }
      }
    }

    ExportException invalid(String key, String why) {
      return new ExportException(ExportException.Kind.MISSING_VALUE, source + ": '" + key(key) + "' " + why);
    }

    Optional<String> optText(String key, int maxLength) {
      Object v = map.get(key);
      if (v == null) {
        return Optional.empty();
      }
      if (!(v instanceof String s)) {
        throw invalid(key, "must be a single value");
      }
      if (s.isBlank()) {
        return Optional.empty();
      }
      if (s.codePointCount(0, s.length()) > maxLength) {
        throw invalid(key, "is longer than goAML's " + maxLength + " characters");
      }
      return Optional.of(s);
    }

    String text(String key, int maxLength) {
      return optText(key, maxLength).orElseThrow(() -> missing(source, key(key)));
    }

    Optional<String> optMatching(String key, Pattern pattern, String what) {
      Optional<String> v = optText(key, 255);
      if (v.isPresent() && !pattern.matcher(v.get()).matches()) {
        throw invalid(key, "must be " + what + ", was '" + v.get() + "'");
      }
      return v;
    }

    String matching(String key, Pattern pattern, String what) {
      return optMatching(key, pattern, what).orElseThrow(() -> missing(source, key(key)));
    }

    int integer(String key) {
      String v = text(key, 255);
      try {
        int n = Integer.parseInt(v);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw invalid(key, "must be a whole number from 1 to 2147483647, was '" + v + "'");
    }

    LocalDateTime date(String key) {
      String v = text(key, 255);
      LocalDateTime d;
      try {
        d = v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
      } catch (DateTimeParseException e) {
        throw invalid(key, "must be a date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss), was '" + v + "'");
      }
      if (d.isBefore(EARLIEST) || d.getYear() > 9999) {
        throw invalid(key, "must be from 1753-01-01 to 9999-12-31 (goAML's dates), was '" + v + "'");
      }
      return d;
    }

    Section section(String key) {
      return optSection(key).orElseThrow(() -> missing(source, key(key)));
    }

    Optional<Section> optSection(String key) {
      Object v = map.get(key);
      return v == null ? Optional.empty() : Optional.of(of(v, key(key), source));
    }

    private List<Object> list(String key) {
      Object v = map.get(key);
      if (v == null) {
        return List.of();
      }
      if (!(v instanceof List<?> l)) {
        throw invalid(key, "must be a list");
      }
      return new ArrayList<>(l);
    }

    /** @return the scalars of a required, non-empty list */
    List<String> texts(String key) {
      List<Object> l = list(key);
      if (l.isEmpty()) {
        throw missing(source, key(key));
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        Object v = l.get(i);
        String at = key(key) + "[" + (i + 1) + "]";
        if (v == null) {
          throw missing(source, at);
        }
        if (!(v instanceof String s)) {
          throw new ExportException(ExportException.Kind.MISSING_VALUE, source + ": '" + at + "' must be a single value");
        }
        out.add(s);
      }
      return out;
    }

    /** @return the mappings of a required, non-empty list */
    List<Section> sections(String key) {
      List<Section> l = optSections(key);
      if (l.isEmpty()) {
        throw missing(source, key(key));
      }
      return l;
    }

    List<Section> optSections(String key) {
      List<Object> l = list(key);
      List<Section> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(of(l.get(i), key(key) + "[" + (i + 1) + "]", source));
      }
      return out;
    }
  }
}
