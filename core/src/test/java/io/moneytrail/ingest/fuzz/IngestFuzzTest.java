package io.moneytrail.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.moneytrail.ingest.FileStats;
import io.moneytrail.ingest.IngestException;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ingest.RejectedRow;
import io.moneytrail.ledger.Ledger;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded hostile CSVs through the real reader ({@link HostileCsv}). For every file: every row read
 * is loaded or rejected, two runs give the same rejects and ledger, and nothing but an
 * {@link IngestException} escapes. For well-formed files the reader must also agree exactly with
 * the generator: which rows load, with which ids (the bytes of their cells decoded in the declared
 * encoding, surrounding spaces and tabs removed), which are rejected and why, on which line, with
 * which raw text, and how many cells were trimmed. For mutated files, no loaded id holds a
 * character the file's bytes do not spell there.
 */
class IngestFuzzTest {
  /** Seeds per test (about 10 s for both in CI); {@code -Dmoneytrail.fuzz.seeds=100000} searches longer. */
  static final int SEEDS = Integer.getInteger("moneytrail.fuzz.seeds", 1000);
  /** The first seed, to search fresh ground: {@code -Dmoneytrail.fuzz.from=1000000}. */
  static final long FROM = Long.getLong("moneytrail.fuzz.from", 0);

  @TempDir
  Path dir;

  static LongStream exactSeeds() {
    return LongStream.range(FROM, FROM + SEEDS);
  }

  static LongStream hostileSeeds() {
    return LongStream.range(FROM, FROM + SEEDS);
  }

  /** One run's outcome, comparable across runs. */
  record Outcome(LoadResult load, String error, List<String> ledger) {}

  static Outcome run(HostileCsv c) {
    List<Path> paths = c.files.stream().map(f -> f.path).toList();
    try {
      LoadResult r = new LedgerReader(c.options, io.moneytrail.ingest.ProgressListener.NONE).read(paths);
      return new Outcome(r, null, ledger(r.ledger()));
    } catch (IngestException e) {
      assertNotNull(e.getMessage());
      assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
      return new Outcome(null, e.getMessage(), List.of());
    } catch (Throwable t) {
      throw new AssertionError(c + ": unexpected " + t, t);
    }
  }

  static List<String> ledger(Ledger l) {
    List<String> rows = new ArrayList<>(l.size());
    for (int i = 0; i < l.size(); i++) {
      rows.add(l.txId(i) + "|" + l.from(i) + "|" + l.to(i) + "|" + l.amount(i) + "|" + l.currency(i) + "|" + l.epochMillis(i));
    }
    return rows;
  }

  static void checkAccounting(HostileCsv c, LoadResult r) {
    assertEquals(r.rowsRead(), r.rowsLoaded() + r.rowsRejected(), c + ": rows read = loaded + rejected");
    assertEquals(r.rowsRejected(), r.rejects().size(), c.toString());
    assertEquals(r.rowsLoaded(), r.ledger().size(), c.toString());
    for (FileStats f : r.files()) {
      assertEquals(f.rowsRead(), f.rowsLoaded() + f.rowsRejected(), c + ": per file, " + f.file());
      long rejects = r.rejects().stream().filter(x -> x.file().equals(f.file())).count();
      assertEquals(f.rowsRejected(), rejects, c + ": rejects of " + f.file());
    }
    for (RejectedRow x : r.rejects()) {
      assertTrue(x.line() >= 2 && x.lines() >= 1, c + ": " + x);
      assertFalse(x.describe().contains("\n") || x.describe().contains("\r"), c + ": one line: " + x.describe());
    }
  }

  static Outcome twice(HostileCsv c) {
    Outcome a = run(c);
    Outcome b = run(c);
    assertEquals(a.error(), b.error(), c + ": same error in two runs");
    if (a.load() != null) {
      assertEquals(a.load().rejects(), b.load().rejects(), c + ": same rejects, same order, in two runs");
      assertEquals(a.ledger(), b.ledger(), c + ": same ledger in two runs");
      assertEquals(a.load().files(), b.load().files(), c + ": same counts in two runs");
      checkAccounting(c, a.load());
    }
    return a;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("exactSeeds")
  void wellFormedHostileFilesLoadExactlyAsTheirBytesSay(long seed) throws IOException {
    Path d = Files.createDirectories(dir.resolve("e" + seed));
    HostileCsv c = new HostileCsv(seed, true, d);
    Outcome o = twice(c);
    // every file's header is read before any rows: an empty file or an over-long header anywhere comes first
    String fatal = c.files.stream().map(f -> f.fatal).filter(x -> x != null && !x.equals("no data rows")).findFirst()
        .orElse(c.files.stream().map(f -> f.fatal).filter(java.util.Objects::nonNull).findFirst().orElse(null));
    if (fatal != null) {
      assertNotNull(o.error(), c + ": expected an error containing '" + fatal + "'");
      assertTrue(o.error().contains(fatal), c + ": " + o.error());
      return;
    }
    if (o.error() != null) {
      fail(c + ": unexpected error " + o.error());
    }
    LoadResult r = o.load();
    List<HostileCsv.Row> loaded = new ArrayList<>();
    List<HostileCsv.Row> rejected = new ArrayList<>();
    long trims = 0;
    for (int f = 0; f < c.files.size(); f++) {
      HostileCsv.File file = c.files.get(f);
      FileStats s = r.files().get(f);
      long expectLoaded = file.rows.stream().filter(x -> x.load).count();
      assertEquals(file.rows.size(), s.rowsRead(), c + ": rows read of file " + f);
      assertEquals(expectLoaded, s.rowsLoaded(), c + ": rows loaded of file " + f + " " + r.rejects());
      assertEquals(file.blankLines, s.blankLines(), c + ": blank lines of file " + f);
      for (HostileCsv.Row row : file.rows) {
        (row.load ? loaded : rejected).add(row);
        trims += row.load ? row.trimmedCells : 0;
      }
    }
    assertEquals(trims, r.files().stream().mapToLong(FileStats::trimmedCellCount).sum(), c + ": trimmed cells");
    Ledger l = r.ledger();
    for (int i = 0; i < loaded.size(); i++) {
      HostileCsv.Row e = loaded.get(i);
      assertEquals(e.id, l.txId(i), c + ": id of loaded row " + i + " (line " + e.line + ")");
      assertEquals(e.from, l.from(i), c + ": from of line " + e.line);
      assertEquals(e.to, l.to(i), c + ": to of line " + e.line);
      assertEquals(e.amount, l.amount(i), c + ": amount of line " + e.line);
    }
    for (int i = 0; i < rejected.size(); i++) {
      HostileCsv.Row e = rejected.get(i);
      RejectedRow x = r.rejects().get(i);
      assertEquals(e.line, x.line(), c + ": line of reject " + i + ": " + x.describe());
      assertEquals(e.lines, x.lines(), c + ": lines of reject " + x.describe());
      if (e.reason != null) {
        assertTrue(x.reason().contains(e.reason), c + ": reason of " + x.describe() + ", expected '" + e.reason + "'");
      }
      if (e.raw != null) {
        assertEquals(e.raw, x.rawText(), c + ": raw text of line " + e.line);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("hostileSeeds")
  void mutatedFilesNeverLoseARowNorAlterAnId(long seed) throws IOException {
    Path d = Files.createDirectories(dir.resolve("h" + seed));
    HostileCsv c = new HostileCsv(seed, false, d);
    Outcome o = twice(c);
    if (o.load() == null) {
      return; // an IngestException, the same in both runs: the only failure allowed
    }
    Ledger l = o.load().ledger();
    Map<Path, String> text = new HashMap<>();
    for (HostileCsv.File f : c.files) {
      text.put(f.path, new String(f.bytes, Charset.forName(c.encodingName.equals("UTF-16") ? c.charset.name() : c.encodingName)));
    }
    String all = String.join("\n", text.values());
    for (int i = 0; i < l.size(); i++) {
      for (String id : new String[] {l.txId(i), l.from(i), l.to(i)}) {
        assertFalse(id.contains("\uFFFD"), c + ": a replacement character in loaded id " + id);
      }
      if (c.idColumn()) {
        String id = l.txId(i);
        assertTrue(all.contains(id) || all.contains(id.replace("\"", "\"\"")), c + ": loaded id '" + id + "' is not in the file");
      }
      for (String account : new String[] {l.from(i), l.to(i)}) {
        for (String part : c.preset == HostileCsv.Preset.AMLWORLD ? account.split(":", 2) : new String[] {account}) {
          assertTrue(all.contains(part) || all.contains(part.replace("\"", "\"\"")), c + ": loaded account '" + part + "' is not in the file");
        }
      }
    }
  }
}
