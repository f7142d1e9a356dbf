package io.moneytrail.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each field sits in one file's rows: compiled from the header and the preset or mapping. */
final class Layout {
  static final String CUSTOM = "custom";

  final String format;
  final List<String> header;
  int txId = -1; // -1: the 1-based data row number
  int timestamp;
  boolean paysimStep;
  int from;
  int to;
  int fromBank = -1; // with compositeAccounts: account key is bank:account
  int toBank = -1;
  boolean compositeAccounts;
  int amount;
  int currency = -1; // -1: the default currency
  final List<String> extraNames = new ArrayList<>();
  final List<Integer> extraColumns = new ArrayList<>();
  final List<String> labelNames = new ArrayList<>();
  final List<Integer> labelColumns = new ArrayList<>();

  private Layout(String format, List<String> header) {
    this.format = format;
    this.header = header;
  }

  /** Required header names per preset (AMLworld is positional, checked by name too). */
  static List<String> missingColumns(FormatPreset preset, List<String> header) {
    List<String> required = switch (preset) {
      case MONEYTRAIL -> List.of("tx_id", "timestamp", "from_account", "to_account", "amount");
      case AMLWORLD -> List.of("Timestamp", "From Bank", "Account", "To Bank", "Amount Received", "Receiving Currency",
          "Amount Paid", "Payment Currency", "Payment Format");
      case AMLSIM -> List.of("tran_id", "orig_acct", "bene_acct", "tx_type", "base_amt", "tran_timestamp");
      case PAYSIM -> List.of("step", "type", "amount", "nameOrig", "nameDest");
    };
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (find(header, name) < 0) {
        missing.add(name);
      }
    }
    if (preset == FormatPreset.AMLWORLD && missing.isEmpty() && !amlworldPositions(header)) {
      missing.add("the AMLworld column order (Timestamp,From Bank,Account,To Bank,Account,Amount Received,"
          + "Receiving Currency,Amount Paid,Payment Currency,Payment Format)");
    }
    return missing;
  }

  private static boolean amlworldPositions(List<String> h) {
    String[] expected = {"timestamp", "from bank", "account", "to bank", "account", "amount received",
        "receiving currency", "amount paid", "payment currency", "payment format"};
    if (h.size() < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (!h.get(i).trim().toLowerCase(Locale.ROOT).equals(expected[i])) {
        return false;
      }
    }
    return true;
  }

  /** Case-insensitive, trimmed header lookup; exact matches win. */
  static int find(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  static Layout forPreset(FormatPreset preset, List<String> header, Path file) {
    List<String> missing = missingColumns(preset, header);
    if (!missing.isEmpty()) {
      throw new IngestException(file, 1, null, null, "missing required column(s) " + TextEscapes.forMessage(String.join(", ", missing))
          + " for format " + preset.cliName() + " (header: " + TextEscapes.forMessage(String.join(",", header)) + ")");
    }
    Layout l = new Layout(preset.cliName(), header);
    switch (preset) {
      case MONEYTRAIL -> {
        l.txId = find(header, "tx_id");
        l.timestamp = find(header, "timestamp");
        l.from = find(header, "from_account");
        l.to = find(header, "to_account");
        l.amount = find(header, "amount");
        l.currency = find(header, "currency");
        for (String extra : List.of("from_bank", "to_bank", "channel", "reference")) {
          l.extra(extra, find(header, extra));
        }
      }
      case AMLWORLD -> {
        l.timestamp = 0;
        l.fromBank = 1;
        l.from = 2;
        l.toBank = 3;
        l.to = 4;
        l.compositeAccounts = true;
        l.amount = 7;
        l.currency = 8;
        l.extra("from_bank", 1);
        l.extra("to_bank", 3);
        l.extra("amount_received", 5);
        l.extra("receiving_currency", 6);
        l.extra("payment_format", 9);
        l.label("Is Laundering", find(header, "Is Laundering"));
      }
      case AMLSIM -> {
        l.txId = find(header, "tran_id");
        l.timestamp = find(header, "tran_timestamp");
        l.from = find(header, "orig_acct");
        l.to = find(header, "bene_acct");
        l.amount = find(header, "base_amt");
        l.extra("channel", find(header, "tx_type"));
        l.label("is_sar", find(header, "is_sar"));
        l.label("alert_id", find(header, "alert_id"));
      }
      case PAYSIM -> {
        l.timestamp = find(header, "step");
        l.paysimStep = true;
        l.from = find(header, "nameOrig");
        l.to = find(header, "nameDest");
        l.amount = find(header, "amount");
        l.extra("channel", find(header, "type"));
        l.label("isFraud", find(header, "isFraud"));
        l.label("isFlaggedFraud", find(header, "isFlaggedFraud"));
      }
      default -> throw new IllegalStateException();
    }
    return l;
  }

  static Layout forMapping(ColumnMapping mapping, List<String> header, Path file) {
    Layout l = new Layout(CUSTOM, header);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Field, String> e : mapping.columns().entrySet()) {
      int index = find(header, e.getValue());
      if (index < 0) {
        missing.add(e.getValue() + " (for " + e.getKey().key() + ")");
        continue;
      }
      switch (e.getKey()) {
        case TX_ID -> l.txId = index;
        case TIMESTAMP -> l.timestamp = index;
        case FROM -> l.from = index;
        case TO -> l.to = index;
        case AMOUNT -> l.amount = index;
        case CURRENCY -> l.currency = index;
        default -> l.extra(e.getKey().key(), index);
      }
    }
    if (!missing.isEmpty()) {
      throw new IngestException(file, 1, null, null, "the mapping names column(s) the header lacks: "
          + String.join(", ", missing) + " (header: " + TextEscapes.forMessage(String.join(",", header)) + ")");
    }
    return l;
  }

  private void extra(String name, int column) {
    if (column >= 0) {
      extraNames.add(name);
      extraColumns.add(column);
    }
  }

  private void label(String name, int column) {
    if (column >= 0) {
      labelNames.add(name);
      labelColumns.add(column);
    }
  }

  String columnName(int index) {
    return header.get(index).trim();
  }

  /** @return the column's name, with {@code " (column N)"} (1-based) when the header holds the name twice */
  String distinctColumnName(int index) {
    String name = columnName(index);
    for (int i = 0; i < header.size(); i++) {
      if (i != index && columnName(i).equals(name)) {
        return name + " (column " + (index + 1) + ")";
      }
    }
    return name;
  }

  /** @return per header column, whether this layout reads it */
  boolean[] usedColumns() {
    boolean[] used = new boolean[header.size()];
    for (int c : new int[] {txId, timestamp, from, to, fromBank, toBank, amount, currency}) {
      if (c >= 0) {
        used[c] = true;
      }
    }
    extraColumns.forEach(c -> used[c] = true);
    labelColumns.forEach(c -> used[c] = true);
    return used;
  }
}
