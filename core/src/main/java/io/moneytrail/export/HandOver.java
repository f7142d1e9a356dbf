package io.moneytrail.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.report.CaseReport;
import io.moneytrail.report.Json;
import io.moneytrail.report.ManifestCheck;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The cases of a report folder, checked against its manifest, with the details of their
 * transactions: what every export writes from.
 *
 * @param folder the report folder
 * @param manifestSha256 the SHA-256 of its {@code manifest.json} (lower-case hex)
 * @param scale decimal digits of the ledger's minor units
 * @param cases the cases handed over, by rank
 * @param transactions the transactions of those cases, in ledger order
 */
public record HandOver(Path folder, String manifestSha256, int scale, List<Case> cases, List<Transaction> transactions) {

  /** Copies the lists. */
  public HandOver {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(manifestSha256, "manifestSha256");
    cases = List.copyOf(cases);
    transactions = List.copyOf(transactions);
  }

  /**
   * One case of the report.
   *
   * @param id {@code case-N}
   * @param rank its rank by risk
   * @param risk its risk, 0 to 100
   * @param typologies the detectors whose findings it holds (detector ids)
   * @param statement what happened, in words
   * @param start time of its first transaction
   * @param end time of its last transaction
   * @param accounts its accounts, by score
   * @param transactions the ids of its transactions, by time
   */
  public record Case(String id, int rank, int risk, List<String> typologies, String statement, Instant start,
      Instant end, List<Account> accounts, List<String> transactions) {
    /** Copies the lists. */
    public Case {
      Objects.requireNonNull(id, "id");
      typologies = List.copyOf(typologies);
      Objects.requireNonNull(statement, "statement");
      accounts = List.copyOf(accounts);
      transactions = List.copyOf(transactions);
    }
  }

  /**
   * An account of a case.
   *
   * @param account the account key as in the data
   * @param role its role in the case ({@code source}, {@code mule}, {@code collector},
   *     {@code distributor}, {@code exit})
   * @param score the risk of the riskiest finding of the case about it, 0 to 100
   * @param victimLike whether it looks like a victim
   * @param external whether it is a hub or declared benign
   */
  public record Account(String account, String role, int score, boolean victimLike, boolean external) {
    /** Checks the parts are present. */
    public Account {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * A transaction of the handed-over cases.
   *
   * @param id the transaction id
   * @param time when it happened
   * @param from the paying account
   * @param to the receiving account
   * @param amount the amount, exact
   * @param currency its ISO 4217 code
   * @param extra the data's other columns that have a value (column to value, in column order)
   * @param cases the ids of the handed-over cases holding it
   */
  public record Transaction(String id, Instant time, String from, String to, BigDecimal amount, String currency,
      Map<String, String> extra, List<String> cases) {
    /** Copies the collections. */
    public Transaction {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(currency, "currency");
      extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
      cases = List.copyOf(cases);
    }

    /** @return the payer's bank as the data names it (column {@code from_bank}), if it does */
    public Optional<String> fromBank() {
      return Optional.ofNullable(extra.get("from_bank")).filter(v -> !v.isEmpty());
    }

    /** @return the payee's bank as the data names it (column {@code to_bank}), if it does */
    public Optional<String> toBank() {
      return Optional.ofNullable(extra.get("to_bank")).filter(v -> !v.isEmpty());
    }

    /**
     * @return the payment reference: the first of the columns {@code reference}, {@code purpose},
     *     {@code description}, {@code memo} that has a value
     */
    public Optional<String> reference() {
      for (String column : List.of("reference", "purpose", "description", "memo")) {
        String v = extra.get(column);
        if (v != null && !v.isEmpty()) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Opens a report folder for export: checks every file against the manifest (as {@code verify}
   * does), then reads the cases and their transactions from {@code findings.json}.
   *
   * @param folder the report folder written by {@code analyze}
   * @param inputDir where the input files are now, or empty for their recorded paths
   * @param caseIds the cases to hand over, or empty for every case
   * @return the checked cases
   * @throws ExportException when a file differs from the manifest, is missing, or a case id is unknown
   * @throws IOException when the folder cannot be read
   */
  public static HandOver open(Path folder, Optional<Path> inputDir, List<String> caseIds) throws IOException {
    ManifestCheck.Result check = ManifestCheck.verify(folder, inputDir);
    for (ManifestCheck.Check c : check.checks()) {
      if (c.status() != ManifestCheck.Status.OK) {
        throw new ExportException(ExportException.Kind.CHANGED, folder + ": the report does not match its manifest ("
            + c.kind() + " " + c.file() + " " + c.status().name().toLowerCase(java.util.Locale.ROOT)
            + (c.detail().isEmpty() ? "" : ": " + c.detail()) + "); run 'moneytrail verify' for every difference");
      }
    }
    String manifestSha = CaseReport.sha256(folder.resolve(CaseReport.MANIFEST));
    JsonNode root = Json.mapper().readTree(folder.resolve("findings.json").toFile());
    if (root == null || !root.path("transactions").isArray() || !root.path("cases").isArray()) {
      throw new ExportException(ExportException.Kind.CHANGED, folder + ": findings.json has no cases and transactions "
          + "to export (written by an older moneytrail); run analyze again");
    }
    List<Case> all = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      all.add(readCase(c));
    }
    List<Case> chosen = choose(all, caseIds, folder);
    Set<String> chosenIds = new LinkedHashSet<>();
    chosen.forEach(c -> chosenIds.add(c.id()));
    List<Transaction> transactions = new ArrayList<>();
    for (JsonNode t : root.get("transactions")) {
      List<String> cases = new ArrayList<>();
      t.get("cases").forEach(x -> {
        if (chosenIds.contains(x.asText())) {
          cases.add(x.asText());
        }
      });
      if (cases.isEmpty()) {
        continue;
      }
      Map<String, String> extra = new LinkedHashMap<>();
      t.path("extra").fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
      transactions.add(new Transaction(t.get("id").asText(), Instant.parse(t.get("time").asText()),
          t.get("from").asText(), t.get("to").asText(), new BigDecimal(t.get("amount").asText()),
          t.get("currency").asText(), extra, cases));
    }
    return new HandOver(folder, manifestSha, root.path("data").path("scale").asInt(2), chosen, transactions);
  }

  private static Case readCase(JsonNode c) {
    List<String> typologies = new ArrayList<>();
    c.get("typologies").forEach(x -> typologies.add(x.asText()));
    List<Account> accounts = new ArrayList<>();
    for (JsonNode a : c.get("accounts")) {
      accounts.add(new Account(a.get("account").asText(), a.get("role").asText(), a.get("score").asInt(),
          a.path("victimLike").asBoolean(), a.path("external").asBoolean()));
    }
    List<String> tx = new ArrayList<>();
    c.get("transactions").forEach(x -> tx.add(x.asText()));
    return new Case(c.get("id").asText(), c.get("rank").asInt(), c.path("risk").asInt(), typologies,
        c.path("statement").asText(""), Instant.parse(c.get("start").asText()), Instant.parse(c.get("end").asText()),
        accounts, tx);
  }

  private static List<Case> choose(List<Case> all, List<String> ids, Path folder) {
    if (ids.isEmpty()) {
      return all;
    }
    Map<String, Case> byId = new LinkedHashMap<>();
    all.forEach(c -> byId.put(c.id(), c));
    Set<String> wanted = new LinkedHashSet<>(ids);
    for (String id : wanted) {
      if (!byId.containsKey(id)) {
        throw new ExportException(ExportException.Kind.UNKNOWN_CASE, "--case " + id + ": no such case in " + folder
            + " (it has case-1 to case-" + all.size() + ")");
      }
    }
    return all.stream().filter(c -> wanted.contains(c.id())).toList();
  }
}
