package io.moneytrail.report;

import io.moneytrail.ingest.FileStats;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ingest.NearDuplicates;
import io.moneytrail.ingest.RejectedRow;
import io.moneytrail.ledger.Ledger;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures an analyst checks first after loading: row accounting, accounts, exact totals per
 * currency, time range, duplicate ids, self-transfers, the largest senders and receivers, and the
 * warnings about account ids: cells whose surrounding spaces were removed, and distinct accounts
 * whose ids are near-duplicates ({@link NearDuplicates}: kept apart, listed for the investigator).
 *
 * @param load the load it describes
 * @param accounts number of distinct accounts
 * @param totals exact total per currency, in minor units at the ledger's scale (sorted by code; a
 *     BigInteger, since a sum of 64-bit amounts can exceed 64 bits)
 * @param counts number of transactions per currency (sorted by code)
 * @param start earliest transaction time (empty for an empty ledger)
 * @param end latest transaction time (empty for an empty ledger)
 * @param duplicateIds rows whose transaction id repeats an earlier row's
 * @param selfTransfers transactions from an account to itself
 * @param topSenders per currency, the (at most) 10 accounts with the largest outgoing volume
 * @param topReceivers per currency, the (at most) 10 accounts with the largest incoming volume
 * @param trimmedCells per column, how many cells of loaded rows had surrounding spaces or tabs
 *     removed, over all files (columns in order of first appearance; only those with at least one)
 * @param nearDuplicateAccounts every group of distinct account ids that are near-duplicates of
 *     each other (differing only in case, Unicode normalisation, invisible characters or
 *     surrounding white space), sorted by first id
 */
public record Inspection(LoadResult load, int accounts, SortedMap<String, BigInteger> totals, SortedMap<String, Long> counts,
    Optional<Instant> start, Optional<Instant> end, int duplicateIds, int selfTransfers,
    SortedMap<String, List<AccountVolume>> topSenders, SortedMap<String, List<AccountVolume>> topReceivers,
    Map<String, Long> trimmedCells, List<NearDuplicates.Group> nearDuplicateAccounts) {

  /** How many accounts the top lists hold. */
  public static final int TOP = 10;
  /** How many rejected rows {@link #toJsonTree()} lists. */
  public static final int JSON_REJECTS = 20;
  /** How many near-duplicate groups {@link #toJsonTree()} lists (all are counted). */
  public static final int JSON_NEAR_DUPLICATES = 100;

  /** Copies the collections. */
  public Inspection {
    trimmedCells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trimmedCells));
    nearDuplicateAccounts = List.copyOf(nearDuplicateAccounts);
  }

  /**
   * An account's volume in one currency.
   *
   * @param account the account key
   * @param total exact volume in minor units
   * @param count number of transactions
   */
  public record AccountVolume(String account, BigInteger total, int count) {}

  /**
   * Computes the inspection of a load.
   *
   * @param load the load
   * @return the figures
   */
  public static Inspection of(LoadResult load) {
    Ledger l = load.ledger();
    int n = l.size();
    int currencies = l.currencies().size();
    int accounts = l.accounts().size();
    ExactSums total = new ExactSums(currencies);
    long[] count = new long[currencies];
    ExactSums[] out = new ExactSums[currencies];
    ExactSums[] in = new ExactSums[currencies];
    int[][] outCount = new int[currencies][];
    int[][] inCount = new int[currencies][];
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int row = 0; row < n; row++) {
      int c = l.currencyId(row);
      if (out[c] == null) {
        out[c] = new ExactSums(accounts);
        in[c] = new ExactSums(accounts);
        outCount[c] = new int[accounts];
        inCount[c] = new int[accounts];
      }
      long a = l.amount(row);
      total.add(c, a);
      count[c]++;
      out[c].add(l.fromId(row), a);
      outCount[c][l.fromId(row)]++;
      in[c].add(l.toId(row), a);
      inCount[c][l.toId(row)]++;
      min = Math.min(min, l.epochMillis(row));
      max = Math.max(max, l.epochMillis(row));
    }
    SortedMap<String, BigInteger> totals = new TreeMap<>();
    SortedMap<String, Long> counts = new TreeMap<>();
    SortedMap<String, List<AccountVolume>> senders = new TreeMap<>();
    SortedMap<String, List<AccountVolume>> receivers = new TreeMap<>();
    for (int c = 0; c < currencies; c++) {
      String code = l.currencies().get(c);
      totals.put(code, total.get(c));
      counts.put(code, count[c]);
      senders.put(code, top(l, out[c], outCount[c]));
      receivers.put(code, top(l, in[c], inCount[c]));
    }
    Map<String, Long> trimmed = new LinkedHashMap<>();
    for (FileStats f : load.files()) {
      f.trimmedCells().forEach((column, cells) -> trimmed.merge(column, cells, Long::sum));
    }
    return new Inspection(load, accounts, totals, counts,
        n == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(min)),
        n == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(max)),
        l.duplicateIdCount(), l.selfTransferCount(), senders, receivers, trimmed,
        NearDuplicates.find(l.accounts().names()));
  }

  /** @return how many cells of loaded rows had surrounding spaces or tabs removed, over all columns */
  public long trimmedCellCount() {
    return trimmedCells.values().stream().mapToLong(Long::longValue).sum();
  }

  private static List<AccountVolume> top(Ledger l, ExactSums volume, int[] count) {
    List<Integer> ids = new ArrayList<>();
    for (int a = 0; a < count.length; a++) {
      if (count[a] > 0) {
        ids.add(a);
      }
    }
    ids.sort((a, b) -> {
      int c = volume.compare(b, a);
      return c != 0 ? c : l.accounts().name(a).compareTo(l.accounts().name(b));
    });
    List<AccountVolume> top = new ArrayList<>();
    for (int a : ids.subList(0, Math.min(TOP, ids.size()))) {
      top.add(new AccountVolume(l.accounts().name(a), volume.get(a), count[a]));
    }
    return List.copyOf(top);
  }

  /**
   * The inspection as a JSON-ready tree with the keys {@code format}, {@code rowsRead},
   * {@code rowsLoaded}, {@code rowsRejected}, {@code blankLines}, {@code accounts},
   * {@code transactions}, {@code duplicateIds}, {@code selfTransfers}, {@code start}, {@code end}
   * (ISO-8601, null when empty), {@code totals} (currency to exact decimal string), {@code counts},
   * {@code files} (each with {@code trimmedCells}), {@code topSenders}, {@code topReceivers},
   * {@code rejects} (the first {@value #JSON_REJECTS}: {@code file}, {@code line}, {@code column},
   * {@code value}, {@code reason}, {@code byteOffset}, {@code lines}), {@code trimmedCells} (column to
   * count), {@code trimmedCellCount}, {@code nearDuplicateAccountGroups} (how many groups) and
   * {@code nearDuplicateAccounts} (the first {@value #JSON_NEAR_DUPLICATES} groups: {@code accounts}
   * as they are, {@code escaped} as {@link NearDuplicates.Group#escapedIds()} writes them, and
   * {@code differences} in words).
   *
   * @return ordered maps and lists
   */
  public Map<String, Object> toJsonTree() {
    int scale = load.ledger().scale();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", load.format());
    m.put("rowsRead", load.rowsRead());
    m.put("rowsLoaded", load.rowsLoaded());
    m.put("rowsRejected", load.rowsRejected());
    m.put("blankLines", load.files().stream().mapToLong(FileStats::blankLines).sum());
    m.put("accounts", accounts);
    m.put("transactions", load.ledger().size());
    m.put("duplicateIds", duplicateIds);
    m.put("selfTransfers", selfTransfers);
    m.put("start", start.map(Instant::toString).orElse(null));
    m.put("end", end.map(Instant::toString).orElse(null));
    m.put("scale", scale);
    Map<String, Object> t = new LinkedHashMap<>();
    totals.forEach((c, v) -> t.put(c, decimal(v, scale)));
    m.put("totals", t);
    m.put("counts", new LinkedHashMap<>(counts));
    List<Object> files = new ArrayList<>();
    for (FileStats f : load.files()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("file", f.file().toString());
      fm.put("format", f.format());
      fm.put("sizeBytes", f.sizeBytes());
      fm.put("rowsRead", f.rowsRead());
      fm.put("rowsLoaded", f.rowsLoaded());
      fm.put("rowsRejected", f.rowsRejected());
      fm.put("blankLines", f.blankLines());
      fm.put("trimmedCells", new LinkedHashMap<>(f.trimmedCells()));
      files.add(fm);
    }
    m.put("files", files);
    m.put("topSenders", volumes(topSenders, scale));
    m.put("topReceivers", volumes(topReceivers, scale));
    List<Object> rejects = new ArrayList<>();
    for (RejectedRow r : load.rejects().subList(0, Math.min(JSON_REJECTS, load.rejects().size()))) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("file", r.file().toString());
      rm.put("line", r.line());
      rm.put("column", r.column().orElse(null));
      rm.put("value", r.value().orElse(null));
      rm.put("reason", r.reason());
      rm.put("byteOffset", r.byteOffset());
      rm.put("lines", r.lines());
      rejects.add(rm);
    }
    m.put("rejects", rejects);
    m.put("trimmedCells", new LinkedHashMap<>(trimmedCells));
    m.put("trimmedCellCount", trimmedCellCount());
    m.put("nearDuplicateAccountGroups", nearDuplicateAccounts.size());
    List<Object> near = new ArrayList<>();
    for (NearDuplicates.Group g : nearDuplicateAccounts.subList(0, Math.min(JSON_NEAR_DUPLICATES, nearDuplicateAccounts.size()))) {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("accounts", g.ids());
      gm.put("escaped", g.escapedIds());
      List<String> differences = new ArrayList<>();
      g.differences().forEach(d -> differences.add(d.description()));
      gm.put("differences", differences);
      near.add(gm);
    }
    m.put("nearDuplicateAccounts", near);
    return m;
  }

  /**
   * @param minorUnits an exact sum of minor units
   * @param scale decimal digits
   * @return it as a plain decimal string, e.g. {@code "12.50"}
   */
  public static String decimal(BigInteger minorUnits, int scale) {
    return new java.math.BigDecimal(minorUnits, scale).toPlainString();
  }

  private static Map<String, Object> volumes(SortedMap<String, List<AccountVolume>> byCurrency, int scale) {
    Map<String, Object> m = new LinkedHashMap<>();
    byCurrency.forEach((c, list) -> {
      List<Object> rows = new ArrayList<>();
      for (AccountVolume v : list) {
        Map<String, Object> vm = new LinkedHashMap<>();
        vm.put("account", v.account());
        vm.put("total", decimal(v.total(), scale));
        vm.put("count", v.count());
        rows.add(vm);
      }
      m.put(c, rows);
    });
    return m;
  }
}
