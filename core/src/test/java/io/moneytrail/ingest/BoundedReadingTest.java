package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows are bounded by --max-line-length, and so is memory, whatever the input. */
class BoundedReadingTest {
  static final String HEADER = "tx_id,timestamp,from_account,to_account,amount,currency\n";

  @TempDir
  Path dir;

  /** Bytes {@code fill} without end (or up to {@code limit}), after a prefix. */
  static InputStream stream(String prefix, byte fill, long limit) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long served;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (served >= limit) {
          return -1;
        }
        int n = (int) Math.min(len, limit - served);
        for (int i = 0; i < n; i++) {
          long at = served + i;
          b[off + i] = at < head.length ? head[(int) at] : fill;
        }
        served += n;
        return n;
      }
    };
  }

  @Test
  void devZeroEndsWithOneClearLineNotAnOutOfMemoryError() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    IngestException e = assertThrows(IngestException.class, () -> LedgerReader.read(IngestOptions.defaults(), zero));
    assertEquals("/dev/zero:1: the header line is longer than the limit of 1 MiB (--max-line-length)", e.getMessage());
  }

  @Test
  void anInputThatNeverEndsGivesOneFaultWithASmallLimitAndBoundedMemory() throws IOException {
    IngestOptions o = IngestOptions.defaults().withMaxLineLength(4096);
    RowScanner scanner = new RowScanner(stream("", (byte) 0, Long.MAX_VALUE), dir.resolve("endless"), o);
    RowBatch batch = new RowBatch(StandardCharsets.UTF_8);
    assertTrue(scanner.next(batch));
    RowFault fault = batch.fault[0];
    assertNotNull(fault);
    assertEquals(RowFault.Kind.TOO_LONG, fault.kind());
    assertTrue(fault.reason().startsWith("row is longer than the limit of 4 KiB (--max-line-length)"), fault.reason());
    assertTrue(scanner.skipPending(), "the endless rest is read past only when the next row is asked for");
    assertTrue(scanner.largestBuffer() <= 4096 + 2 * RowScanner.CHUNK, "buffer " + scanner.largestBuffer());
  }

  @Test
  void anEndlessLineAfterTheHeaderIsHandedOverBeforeItIsReadPast() throws Exception {
    IngestOptions o = IngestOptions.defaults().withMaxLineLength(1000);
    java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
    InputStream source = stream(HEADER + "T1,2025-01-01,A,B,1.00,EUR\nT2,", (byte) 'x', Long.MAX_VALUE);
    InputStream endless = new java.io.FilterInputStream(source) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        reads.incrementAndGet();
        return super.read(b, off, len);
      }
    };
    RowScanner scanner = new RowScanner(endless, dir.resolve("endless"), o);
    RecordPipeline p = new RecordPipeline(dir.resolve("endless"), endless, scanner);
    try {
      RowBatch batch = assertTimeoutPreemptively(Duration.ofSeconds(10), p::take);
      assertEquals(2, batch.size);
      assertEquals(6, batch.cellCount(0));
      assertEquals(RowFault.Kind.TOO_LONG, batch.fault[1].kind());
      assertEquals(3, batch.line[1]);
      assertTrue(batch.raw(1).startsWith("T2,xxxx") && batch.raw(1).endsWith("…"));
    } finally {
      p.close(); // stops the reader, which is reading past the endless line
    }
    long after = reads.get();
    Thread.sleep(300);
    assertEquals(after, reads.get(), "the reader stopped reading when the pipeline was closed");
  }

  @Test
  void aFiftyMegabyteLineWithoutANewlineIsOneRejectInBoundedMemory() throws IOException {
    Path f = dir.resolve("fifty.csv");
    try (OutputStream out = Files.newOutputStream(f);
        InputStream in = stream(HEADER + "T1,2025-01-01,A,B,1.00,EUR\nT2,2025-01-01,A,", (byte) 'B', HEADER.length() + 50_000_000L)) {
      in.transferTo(out);
    }
    IngestOptions o = IngestOptions.defaults().withMaxLineLength(64 * 1024);
    LoadResult r = LedgerReader.read(o, f);
    assertEquals(2, r.rowsRead());
    assertEquals(1, r.rowsLoaded());
    RejectedRow rej = r.rejects().get(0);
    assertEquals(3, rej.line());
    assertTrue(rej.reason().startsWith("row is longer than the limit of 64 KiB (--max-line-length); the rest of line 3 is skipped"),
        rej.reason());
    assertEquals(RowScanner.RAW_LIMIT + 1, rej.rawText().length());
    assertEquals(Optional.empty(), rej.column());

    RowScanner scanner = new RowScanner(Files.newInputStream(f), f, o);
    RowBatch batch = new RowBatch(StandardCharsets.UTF_8);
    while (scanner.next(batch)) {
      batch = new RowBatch(StandardCharsets.UTF_8);
    }
    assertTrue(scanner.largestBuffer() <= 64 * 1024 + 2 * RowScanner.CHUNK, "buffer " + scanner.largestBuffer());
    assertEquals(Files.size(f), scanner.bytesRead());
  }

  @Test
  void aRowLongerThanTheLimitIsRejectedAndReadingResumesOnTheNextLine() throws IOException {
    String ok = "T1,2025-01-01,A,B,1.00,EUR";
    String longRow = "T2,2025-01-01,A," + "B".repeat(200) + ",1.00,EUR";
    Path f = Files.writeString(dir.resolve("l.csv"), HEADER + ok + "\r\n" + longRow + "\r\n" + ok.replace("T1", "T3") + "\r\n");
    LoadResult r = LedgerReader.read(IngestOptions.defaults().withMaxLineLength(100), f);
    assertEquals(3, r.rowsRead());
    assertEquals(2, r.rowsLoaded());
    assertEquals("T3", r.ledger().txId(1));
    RejectedRow rej = r.rejects().get(0);
    assertEquals(3, rej.line());
    assertEquals(longRow.substring(0, 100) + "…", rej.rawText());
    IngestException strict = assertThrows(IngestException.class,
        () -> LedgerReader.read(IngestOptions.defaults().withMaxLineLength(100).withStrict(true), f));
    assertTrue(strict.getMessage().startsWith(f + ":3: row is longer than the limit of 100 bytes"), strict.getMessage());
  }

  static final IngestOptions SHORT = IngestOptions.defaults()
      .withMapping(ColumnMapping.parse("timestamp=D,from=F,to=T,amount=A,reference=R"));

  @Test
  void aRowOfExactlyTheLimitLoadsAndOneByteMoreDoesNot() throws IOException {
    String row = "2025-01-02,Alexander,Benedict,5,r"; // 33 bytes; the header D,F,T,A,R is 9
    for (String end : new String[] {"\n", "\r\n", "\r", ""}) {
      Path f = Files.writeString(dir.resolve("r.csv"), "D,F,T,A,R" + end + row + end);
      if (end.isEmpty()) {
        f = Files.writeString(dir.resolve("r.csv"), "D,F,T,A,R\n" + row);
      }
      assertEquals(1, LedgerReader.read(SHORT.withMaxLineLength(row.length()), f).rowsLoaded(), "line end " + end.length());
      LoadResult over = LedgerReader.read(SHORT.withMaxLineLength(row.length() - 1), f);
      assertEquals(1, over.rowsRejected(), "line end " + end.length());
      assertEquals(1, over.rowsRead());
    }
    Path f = Files.writeString(dir.resolve("h.csv"), "D,F,T,A,R\n" + row + "\n");
    IngestException e = assertThrows(IngestException.class, () -> LedgerReader.read(SHORT.withMaxLineLength(8), f));
    assertEquals(f + ":1: the header line is longer than the limit of 8 bytes (--max-line-length)", e.getMessage());
  }

  @Test
  void lineBreaksInsideQuotedFieldsCountTowardsTheLimit() throws IOException {
    String multi = "2025-01-02,A,B,5,\"" + "x\n".repeat(40) + "\"";
    Path f = Files.writeString(dir.resolve("m.csv"), "D,F,T,A,R\n" + multi + "\n2025-01-03,A,B,6,y\n");
    LoadResult fits = LedgerReader.read(SHORT.withMaxLineLength(multi.length()), f);
    assertEquals(2, fits.rowsLoaded());
    assertEquals(Optional.of("x\n".repeat(40)), fits.ledger().extra("reference", 0));
    IngestException cut = assertThrows(IngestException.class, () -> LedgerReader.read(SHORT.withMaxLineLength(50), f));
    assertTrue(cut.getMessage().startsWith(f + ":2: column 'R', value '\"x': unclosed quote starting here: the quoted field "
        + "runs on for more than the limit of 50 bytes (--max-line-length) without its closing quote"), cut.getMessage());
    LoadResult lenient = LedgerReader.read(SHORT.withMaxLineLength(50).withLenientQuotes(true), f);
    assertEquals(lenient.rowsRead(), lenient.rowsLoaded() + lenient.rowsRejected());
    assertEquals(2, lenient.rejects().get(0).line());
  }

  @Test
  void sizesAcceptBinaryAndDecimalUnits() {
    assertEquals(1 << 20, IngestOptions.parseSize("1MiB"));
    assertEquals(64 * 1024, IngestOptions.parseSize("64KiB"));
    assertEquals(64 * 1024, IngestOptions.parseSize("64k"));
    assertEquals(100000, IngestOptions.parseSize("100000"));
    assertEquals(2_000_000, IngestOptions.parseSize("2 MB"));
    assertEquals(1L << 30, IngestOptions.parseSize("1gib"));
    for (String bad : new String[] {"", "MiB", "1.5MiB", "-1", "12Q", "99999999999999999999"}) {
      assertThrows(IllegalArgumentException.class, () -> IngestOptions.parseSize(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> IngestOptions.defaults().withMaxLineLength(0));
    assertThrows(IllegalArgumentException.class, () -> IngestOptions.defaults().withMaxLineLength((1 << 30) + 1));
    assertEquals(1 << 20, IngestOptions.defaults().maxLineLength());
  }
}
