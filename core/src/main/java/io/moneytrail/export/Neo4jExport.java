package io.moneytrail.export;

import io.moneytrail.report.SafeCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the node and relationship CSV files that {@code neo4j-admin database import full} reads
 * (Neo4j 5: header fields {@code name:type}, {@code :ID(Group)}, {@code :START_ID(Group)},
 * {@code :END_ID(Group)}, {@code :TYPE}; arrays joined by {@code ;}), and {@code import.sh} with the
 * command. Nodes: {@code (:Account)} and {@code (:Case)}; relationships:
 * {@code (:Account)-[:PAID]->(:Account)} per transaction (amount in minor units as {@code long}
 * plus the decimal as text) and {@code (:Case)-[:INVOLVES]->(:Account)} with the account's role
 * and score. Cells are quoted where needed and neutralised against spreadsheet formulas like every
 * moneytrail CSV (an id starting with {@code =}, {@code +}, {@code -}, {@code @} gets a leading
 * apostrophe in the node file and in every relationship that names it, so links stay intact);
 * line breaks in text become spaces.
 */
public final class Neo4jExport {
  /** The files written, in order. */
  public static final List<String> FILES = List.of("accounts.csv", "cases.csv", "payments.csv", "involves.csv",
      "import.sh");

  private Neo4jExport() {}

  /**
   * @param handOver the checked cases
   * @param file one of {@link #FILES}
   * @param out where it goes (UTF-8)
   * @throws IOException on write failure
   */
  public static void write(HandOver handOver, String file, Writer out) throws IOException {
    switch (file) {
      case "accounts.csv" -> accounts(handOver, out);
      case "cases.csv" -> cases(handOver, out);
      case "payments.csv" -> payments(handOver, out);
      case "involves.csv" -> involves(handOver, out);
      case "import.sh" -> script(out);
      default -> throw new IllegalArgumentException("not a Neo4j export file: " + file);
    }
    out.flush();
  }

  private static void accounts(HandOver h, Writer out) throws IOException {
    Map<String, List<String>> cases = new TreeMap<>();
    Map<String, Boolean> external = new TreeMap<>();
    for (HandOver.Case c : h.cases()) {
      for (HandOver.Account a : c.accounts()) {
        cases.computeIfAbsent(a.account(), k -> new ArrayList<>()).add(c.id());
        external.merge(a.account(), a.external(), Boolean::logicalOr);
      }
    }
    for (HandOver.Transaction t : h.transactions()) {
      cases.computeIfAbsent(t.from(), k -> new ArrayList<>());
      cases.computeIfAbsent(t.to(), k -> new ArrayList<>());
    }
    SafeCsv csv = new SafeCsv(out, List.of("accountId:ID(Account)", ":LABEL", "external:boolean", "cases:string[]"));
    for (Map.Entry<String, List<String>> e : cases.entrySet()) {
      csv.row(List.of(text(e.getKey()), "Account", Boolean.toString(external.getOrDefault(e.getKey(), false)),
          String.join(";", e.getValue())));
    }
    csv.flush();
  }

  private static void cases(HandOver h, Writer out) throws IOException {
    SafeCsv csv = new SafeCsv(out, List.of("caseId:ID(Case)", ":LABEL", "rank:int", "risk:int", "typologies:string[]",
        "statement", "start:datetime", "end:datetime", "report"));
    for (HandOver.Case c : h.cases()) {
      csv.row(List.of(c.id(), "Case", Integer.toString(c.rank()), Integer.toString(c.risk()),
          String.join(";", c.typologies()), text(c.statement()), c.start().toString(), c.end().toString(),
          h.manifestSha256()));
    }
    csv.flush();
  }

  private static void payments(HandOver h, Writer out) throws IOException {
    SafeCsv csv = new SafeCsv(out, List.of(":START_ID(Account)", ":END_ID(Account)", ":TYPE", "txId",
        "amountMinor:long", "amount", "currency", "time:datetime", "reference", "cases:string[]"));
    for (HandOver.Transaction t : h.transactions()) {
      csv.row(List.of(text(t.from()), text(t.to()), "PAID", text(t.id()),
          t.amount().movePointRight(h.scale()).toBigIntegerExact().toString(), t.amount().toPlainString(),
          t.currency(), t.time().toString(), text(t.reference().orElse("")), String.join(";", t.cases())));
    }
    csv.flush();
  }

  private static void involves(HandOver h, Writer out) throws IOException {
    SafeCsv csv = new SafeCsv(out, List.of(":START_ID(Case)", ":END_ID(Account)", ":TYPE", "role", "score:int",
        "victimLike:boolean", "external:boolean"));
    for (HandOver.Case c : h.cases()) {
      for (HandOver.Account a : c.accounts()) {
        csv.row(List.of(c.id(), text(a.account()), "INVOLVES", a.role(), Integer.toString(a.score()),
            Boolean.toString(a.victimLike()), Boolean.toString(a.external())));
      }
    }
    csv.flush();
  }

  private static void script(Writer out) throws IOException {
    out.write("#!/bin/sh\n"
        + "# Imports this folder into an empty Neo4j 5 database (stop the DBMS first, or create the database afterwards:\n"
        + "# CREATE DATABASE <name>). Usage: sh import.sh <database>   (neo4j-admin must be on the PATH)\n"
        + "set -eu\n"
        + "db=\"${1:?usage: sh import.sh <database>}\"\n"
        + "cd \"$(dirname \"$0\")\"\n"
        + "neo4j-admin database import full \"$db\" --id-type=string --array-delimiter=';' \\\n"
        + "  --nodes=accounts.csv --nodes=cases.csv --relationships=payments.csv --relationships=involves.csv\n");
  }

  /** @return the text on one line: carriage returns and line feeds become spaces */
  private static String text(String s) {
    return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }
}
