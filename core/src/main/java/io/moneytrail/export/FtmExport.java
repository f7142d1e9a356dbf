package io.moneytrail.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes FollowTheMoney entities, one JSON object per line ({@code {"id","schema","properties"}},
 * every property value a list of strings), as Aleph ({@code alephclient write-entities}) and the
 * {@code ftm} tools read them:
 * <ul>
 *   <li>a {@code BankAccount} per account ({@code name}, {@code accountNumber}, and {@code bankName}
 *       where the data names the bank: the first {@code from_bank} or {@code to_bank} value of its
 *       transactions);
 *   <li>a {@code LegalEntity} per account holder, named after the account (the data names no
 *       holders), linked by an {@code Ownership} ({@code owner}, {@code asset}, {@code role});
 *   <li>a {@code Payment} per transaction ({@code payer}, {@code beneficiary}, {@code payerAccount},
 *       {@code beneficiaryAccount}, {@code amount}, {@code currency}, {@code date},
 *       {@code transactionNumber}, {@code purpose} from the reference);
 *   <li>a {@code Note} per case ({@code name}, {@code summary}: the statement, {@code description}:
 *       risk, typologies and roles, {@code keywords}: typologies, {@code entity}: its accounts).
 * </ul>
 * Ids are {@code mt-} and a kind then the SHA-1 of the account, transaction or report and case, so
 * the same report gives byte-identical output and a later export of the same accounts updates them
 * in Aleph instead of duplicating them. Dates are UTC without offset, as FtM reads them.
 */
public final class FtmExport {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
      .withZone(ZoneOffset.UTC);
  /** FtM's longest identifier value. */
  static final int MAX_IDENTIFIER = 64;

  private FtmExport() {}

  /**
   * @param handOver the checked cases
   * @param out where the lines go (UTF-8)
   * @throws IOException on write failure
   */
  public static void write(HandOver handOver, Writer out) throws IOException {
    TreeSet<String> accounts = new TreeSet<>();
    for (HandOver.Case c : handOver.cases()) {
      c.accounts().forEach(a -> accounts.add(a.account()));
    }
    for (HandOver.Transaction t : handOver.transactions()) {
      accounts.add(t.from());
      accounts.add(t.to());
    }
    Map<String, String> banks = new java.util.HashMap<>();
    for (HandOver.Transaction t : handOver.transactions()) {
      t.fromBank().ifPresent(b -> banks.putIfAbsent(t.from(), b));
      t.toBank().ifPresent(b -> banks.putIfAbsent(t.to(), b));
    }
    for (String a : accounts) {
      Map<String, List<String>> p = new LinkedHashMap<>();
      p.put("name", List.of(a));
      if (a.length() <= MAX_IDENTIFIER) {
        p.put("accountNumber", List.of(a));
      }
      if (banks.containsKey(a)) {
        p.put("bankName", List.of(banks.get(a)));
      }
      entity(out, account(a), "BankAccount", p);
    }
    for (String a : accounts) {
      entity(out, holder(a), "LegalEntity", Map.of("name", List.of("holder of account " + a)));
    }
    for (String a : accounts) {
      Map<String, List<String>> p = new LinkedHashMap<>();
      p.put("owner", List.of(holder(a)));
      p.put("asset", List.of(account(a)));
      p.put("role", List.of("account holder"));
      entity(out, id("own", a), "Ownership", p);
    }
    for (HandOver.Transaction t : handOver.transactions()) {
      Map<String, List<String>> p = new LinkedHashMap<>();
      p.put("payer", List.of(holder(t.from())));
      p.put("payerAccount", List.of(account(t.from())));
      p.put("beneficiary", List.of(holder(t.to())));
      p.put("beneficiaryAccount", List.of(account(t.to())));
      p.put("amount", List.of(t.amount().toPlainString()));
      p.put("currency", List.of(t.currency()));
      p.put("date", List.of(DATE.format(t.time())));
      p.put("transactionNumber", List.of(t.id()));
      t.reference().ifPresent(r -> p.put("purpose", List.of(r)));
      entity(out, id("pay", t.id()), "Payment", p);
    }
    for (HandOver.Case c : handOver.cases()) {
      Map<String, List<String>> p = new LinkedHashMap<>();
      p.put("name", List.of(c.id() + ", risk " + c.risk() + " of 100 (moneytrail)"));
      p.put("summary", List.of(c.statement()));
      List<String> roles = new ArrayList<>();
      for (HandOver.Account a : c.accounts()) {
        roles.add(a.account() + ": " + a.role() + (a.victimLike() ? ", victim-like" : "") + (a.external()
            ? ", external" : "") + ", score " + a.score());
      }
      p.put("description", List.of("Rank " + c.rank() + ", risk " + c.risk() + " of 100; found as "
          + String.join(", ", c.typologies()) + ". Accounts: " + String.join("; ", roles) + "."));
      p.put("keywords", c.typologies());
      p.put("entity", c.accounts().stream().map(a -> account(a.account())).toList());
      entity(out, id("case", handOver.manifestSha256() + "|" + c.id()), "Note", p);
    }
    out.flush();
  }

  /** @return the id of an account's BankAccount */
  static String account(String key) {
    return id("acc", key);
  }

  /** @return the id of an account holder's LegalEntity */
  static String holder(String key) {
    return id("holder", key);
  }

  /** @return {@code mt-KIND-} and the hex SHA-1 of the value: letters, digits and dashes only */
  static String id(String kind, String value) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(value.getBytes(StandardCharsets.UTF_8));
      return "mt-" + kind + "-" + HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java platform", e);
    }
  }

  private static void entity(Writer out, String id, String schema, Map<String, List<String>> properties)
      throws IOException {
    java.io.StringWriter line = new java.io.StringWriter();
    try (JsonGenerator g = Json.mapper().getFactory().createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("schema", schema);
      g.writeObjectFieldStart("properties");
      for (Map.Entry<String, List<String>> e : properties.entrySet()) {
        g.writeArrayFieldStart(e.getKey());
        for (String v : e.getValue()) {
          g.writeString(v);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write(line.toString());
    out.write('\n');
  }
}
