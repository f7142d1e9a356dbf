package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows do not depend on where reads and buffers end: random bytes made of the characters that
 * matter (quotes, delimiters, CR, LF, multi-byte and invalid sequences) are scanned whole and
 * through tiny buffers fed one to seven bytes at a time, and must give the same rows, cells,
 * faults, lines and offsets.
 */
class RowScannerBoundaryTest {
  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, Integer.getInteger("moneytrail.fuzz.seeds", 300));
  }

  static byte[] randomCsv(SplittableRandom r, Charset cs) {
    String[] pieces = {"\"", "\"", ",", ",", "\r", "\n", "\r\n", "a", "bc", "é", "中", "\ud83d\udcb0", " ", "\"\"", "x\"y",
        "\u0000", "1.00", "T1"};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = r.nextInt(400);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(30) == 0 && !cs.equals(StandardCharsets.ISO_8859_1)) {
        if (cs.equals(StandardCharsets.UTF_8)) {
          out.write(0xC3 + r.nextInt(0x3C)); // a lead byte, often without its continuation
        } else {
          out.write(0xD8); // half a surrogate or a stray byte
        }
      } else {
        String p = pieces[r.nextInt(pieces.length)];
        out.writeBytes(cs.newEncoder().canEncode(p) ? p.getBytes(cs) : p.getBytes(StandardCharsets.US_ASCII.equals(cs) ? cs : cs));
      }
    }
    return out.toByteArray();
  }

  /** Every row as text: line, lines, offset, then the cells or the fault. */
  static List<String> scan(byte[] bytes, IngestOptions o, int chunk, SplittableRandom reads) throws IOException {
    InputStream in = new ByteArrayInputStream(bytes);
    if (reads != null) {
      InputStream whole = in;
      in = new InputStream() {
        @Override
        public int read() throws IOException {
          return whole.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return whole.read(b, off, Math.min(len, 1 + reads.nextInt(7)));
        }
      };
    }
    RowScanner s = new RowScanner(in, Path.of("b.csv"), o, chunk);
    List<String> rows = new ArrayList<>();
    try {
      for (RowBatch b = new RowBatch(StandardCharsets.UTF_8); s.next(b); b = new RowBatch(StandardCharsets.UTF_8)) {
        StringBuilder t = new StringBuilder().append(b.line[0]).append('/').append(b.lines[0]).append('@').append(b.offset[0]);
        if (b.fault[0] != null) {
          RowFault f = b.fault[0];
          t.append(" fault ").append(f.kind()).append(' ').append(f.field()).append(' ').append(f.reason()).append(" [")
              .append(f.value()).append("] [").append(f.raw()).append(']');
        } else {
          for (int c = 0; c < b.cellCount(0); c++) {
            t.append(" [").append(b.cell(0, c)).append(']');
          }
          t.append(" raw [").append(b.raw(0)).append(']');
        }
        rows.add(t.toString());
      }
    } catch (IngestException e) {
      rows.add("error " + e.getMessage());
    }
    return rows;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rowsAreTheSameWhereverReadsAndBuffersEnd(long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    Charset cs = new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_8, Charset.forName("windows-1252"),
        StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}[r.nextInt(6)];
    IngestOptions o = IngestOptions.defaults().withEncoding(cs).withLenientQuotes(r.nextBoolean())
        .withMaxLineLength(r.nextBoolean() ? 1 << 20 : 8 + r.nextInt(120));
    byte[] bytes = randomCsv(r, cs);
    List<String> whole = scan(bytes, o, RowScanner.CHUNK, null);
    for (int chunk : new int[] {4, 5, 16, 64}) {
      assertEquals(whole, scan(bytes, o, chunk, new SplittableRandom(seed + chunk)), "seed " + seed + " chunk " + chunk + " " + cs);
    }
  }
}
