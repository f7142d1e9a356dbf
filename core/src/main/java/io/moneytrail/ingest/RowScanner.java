package io.moneytrail.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Splits a file's bytes into CSV rows and decodes their cells, in bounded memory.
 *
 * <p>Rows are found on the code units of the quote, the delimiter, CR and LF before anything is
 * decoded (see {@link Encoding}), RFC 4180 style: a field that starts with a quote runs to the
 * closing quote and may hold delimiters, line breaks and doubled quotes ({@code ""}); a quote
 * elsewhere in an unquoted field is an ordinary character; CR, LF and CRLF each end a line. Each
 * row's bytes are then checked against the encoding: a row holding invalid bytes gets a
 * {@link RowFault} naming the field and byte offset, and no cells. Rows of pure ASCII (the common
 * case) skip the decoder.
 *
 * <p>No row may take more than {@code maxLineLength} bytes: a longer one becomes a fault and the
 * rest of its line is skipped without being kept, so that memory stays bounded whatever the input
 * (a file that is one endless line included). A quote that breaks the row structure (not closed
 * before the end of the file or within the limit, or closed on a later line and followed by text)
 * is a fatal fault, or with lenient quotes a fault after which scanning resumes at the line after
 * the one the row started on. A closing quote followed by text on the same line is an ordinary
 * fault of that row.
 *
 * <p>Not thread-safe. It reads into one buffer, reused from row to row (a {@link RowBatch} keeps
 * copies of its rows' bytes).
 */
final class RowScanner {
  /** Bytes read at a time, and the smallest buffer. */
  static final int CHUNK = 1 << 18;
  /** Bytes of an over-long row kept as its raw text. */
  static final int RAW_LIMIT = 1024;
  /** Characters of a faulty field shown as its value. */
  static final int VALUE_LIMIT = 200;
  /** A batch ends once its rows hold this many bytes. */
  static final int BATCH_BYTES = 1 << 20;

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_SEEN = 3; // in a quoted field, just after a quote: closing, or the first of ""
  private static final int JUNK = 4; // text after a closing quote, up to the next delimiter
  private static final int LF = '\n';
  private static final int CR = '\r';
  private static final int QUOTE = '"';

  private final InputStream in;
  private final Path file;
  private final IngestOptions options;
  private final int delim;
  private final int maxRow;
  private final boolean lenientQuotes;

  private Encoding enc;
  private int width;
  private boolean utf8;
  private int maxUnits;
  private boolean big;
  private CharsetDecoder decoder;
  private boolean[] wanted;

  private final int chunk;
  private byte[] buf;
  private int end; // valid bytes in buf
  private int pos; // where the next row starts
  private long bufOffset; // file offset of buf[0]
  private boolean eof;
  private boolean started;
  private boolean done;
  private boolean skipLF; // the last row ended with CR: an LF right after it belongs to that line break
  private int skipFrom = -1; // the last row was cut at this index: the rest of its line is still to be read past
  private long line = 1;
  private volatile long bytesRead;
  private volatile boolean cancelled;
  private int batchBytes;
  private int largestBuffer;

  // the current row's fields: content start and end relative to the row start, and flags
  private int[] fs = new int[32];
  private int[] fe = new int[32];
  private byte[] fq = new byte[32]; // 0 unquoted, 1 quoted, 2 quoted with doubled quotes
  private int nf;
  private byte[] scratch = new byte[256];
  private final CharBuffer chars = CharBuffer.allocate(4096);
  private int invalidLength;

  /**
   * @param in the file's bytes, from its first byte
   * @param file for messages
   * @param options delimiter, encoding, limit and quote handling
   */
  RowScanner(InputStream in, Path file, IngestOptions options) {
    this(in, file, options, CHUNK);
  }

  /** With a read size and smallest buffer of {@code chunk} bytes (tests use tiny ones to cross buffer ends often). */
  RowScanner(InputStream in, Path file, IngestOptions options, int chunk) {
    this.chunk = chunk;
    this.buf = new byte[chunk];
    this.largestBuffer = chunk;
    this.in = in;
    this.file = file;
    this.options = options;
    this.delim = options.delimiter();
    this.maxRow = options.maxLineLength();
    this.lenientQuotes = options.lenientQuotes();
  }

  /** @param columns which fields to decode into cells (others are null cells); null for all */
  void wanted(boolean[] columns) {
    this.wanted = columns;
  }

  /** @return the largest buffer this scanner has held, in bytes (memory is bounded by the limit) */
  int largestBuffer() {
    return largestBuffer;
  }

  /** @return bytes read from the input so far */
  long bytesRead() {
    return bytesRead;
  }

  /** @return the resolved encoding (after the first row was asked for) */
  Encoding encoding() throws IOException {
    if (!started) {
      start();
    }
    return enc;
  }

  /** Makes the scanner stop at its next read (from another thread), with an IOException. */
  void cancel() {
    cancelled = true;
  }

  /** Marks the start of a new batch (for the batch's byte budget). */
  void newBatch() {
    batchBytes = 0;
  }

  /** @return whether the batch should be handed over before another row is added */
  boolean batchFull(RowBatch batch) {
    return batch.full() || batch.byteCount() >= BATCH_BYTES || batchBytes >= BATCH_BYTES;
  }

  private void start() throws IOException {
    started = true;
    while (end < 4 && !eof) {
      fill(0);
    }
    enc = Encoding.resolve(options.encoding(), buf, end, file);
    width = enc.width;
    utf8 = enc.charset.equals(StandardCharsets.UTF_8);
    big = enc.bigEndian;
    maxUnits = maxRow - maxRow % width; // the most bytes whole code units can fill within the limit
    decoder = enc.newDecoder();
    pos = Math.min(enc.bomLength, end);
  }

  /**
   * Reads more input, keeping the bytes from {@code keepFrom} on: moved to the front of the buffer
   * when it is full (rows handed out hold copies of their bytes), into a larger buffer only when one
   * row fills it.
   *
   * @return how far indices into the buffer moved down (subtract it from every index held)
   */
  private int fill(int keepFrom) throws IOException {
    if (cancelled) {
      throw new IOException("reading cancelled");
    }
    int shift = 0;
    if (end == buf.length) {
      int keep = end - keepFrom;
      if (keepFrom > 0 && keep <= buf.length / 2) {
        System.arraycopy(buf, keepFrom, buf, 0, keep);
      } else {
        long want = Math.max(chunk, Math.max(2L * keep, (long) keep + chunk));
        int capacity = (int) Math.max((long) keep + chunk, Math.min(want, (long) maxRow + 2L * chunk));
        byte[] next = new byte[capacity];
        largestBuffer = Math.max(largestBuffer, capacity);
        System.arraycopy(buf, keepFrom, next, 0, keep);
        buf = next;
      }
      shift = keepFrom;
      bufOffset += keepFrom;
      end = keep;
    }
    int n = in.read(buf, end, buf.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
      bytesRead += n;
    }
    return shift;
  }

  private static int unit(byte[] b, int i, int w, boolean big) {
    if (w == 1) {
      return b[i] & 0xff;
    }
    return big ? ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff) : ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff);
  }

  private void addField(int start, int stop, int flag) {
    if (nf == fs.length) {
      fs = java.util.Arrays.copyOf(fs, nf * 2);
      fe = java.util.Arrays.copyOf(fe, nf * 2);
      fq = java.util.Arrays.copyOf(fq, nf * 2);
    }
    fs[nf] = start;
    fe[nf] = stop;
    fq[nf] = (byte) flag;
    nf++;
  }

  /**
   * Scans the next row into the batch.
   *
   * @return false at the end of the input (no row added)
   * @throws IngestException when the file's byte-order mark contradicts the encoding
   * @throws IOException when reading fails
   */
  boolean next(RowBatch batch) throws IOException {
    if (!started) {
      start();
    }
    if (done) {
      return false;
    }
    final int w = width;
    final boolean be = big;
    if (skipFrom >= 0) {
      int from = skipFrom;
      skipFrom = -1;
      skipLine(from);
      if (done) {
        return false;
      }
    }
    if (skipLF) {
      while (pos + w > end && !eof) {
        pos -= fill(pos);
      }
      if (pos + w <= end && unit(buf, pos, w, be) == LF) {
        pos += w;
      }
      skipLF = false;
    }
    int rowStart = pos;
    final long rowLine = line;
    final long rowOffset = bufOffset + rowStart;
    int breaks = 0;
    nf = 0;
    int state = FIELD_START;
    int fieldStart = 0;
    int quotePos = -1;
    int quoteStartBreaks = 0;
    int quoteBreaks = 0;
    boolean cr = false;
    boolean escapes = false;
    int acc = 0;
    int junkField = -1;
    int junkQuote = -1;
    int term;
    byte[] b = buf;
    int i = rowStart;
    scan:
    for (;;) {
      int bound = (int) Math.min(Integer.MAX_VALUE, (long) rowStart + maxUnits + w);
      int stop = Math.min(bound, end - w + 1);
      while (i < stop) {
        int u = unit(b, i, w, be);
        if (state == UNQUOTED) {
          if (u == delim) {
            addField(fieldStart, i - rowStart, 0);
            state = FIELD_START;
          } else if (u == LF || u == CR) {
            addField(fieldStart, i - rowStart, 0);
            term = u;
            break scan;
          } else {
            acc |= u;
          }
        } else if (state == QUOTED) {
          if (u == QUOTE) {
            state = QUOTE_SEEN;
            cr = false;
          } else if (u == LF) {
            if (!cr) {
              breaks++;
              quoteBreaks++;
            }
            cr = false;
          } else if (u == CR) {
            breaks++;
            quoteBreaks++;
            cr = true;
          } else {
            cr = false;
            acc |= u;
          }
        } else if (state == FIELD_START) {
          if (u == QUOTE) {
            state = QUOTED;
            quotePos = i - rowStart;
            fieldStart = quotePos + w;
            quoteStartBreaks = breaks;
            quoteBreaks = 0;
            escapes = false;
            cr = false;
          } else if (u == delim) {
            addField(i - rowStart, i - rowStart, 0);
          } else if (u == LF || u == CR) {
            addField(i - rowStart, i - rowStart, 0);
            term = u;
            break scan;
          } else {
            state = UNQUOTED;
            fieldStart = i - rowStart;
            acc |= u;
          }
        } else if (state == QUOTE_SEEN) {
          if (u == QUOTE) {
            escapes = true;
            state = QUOTED;
          } else if (u == delim) {
            addField(fieldStart, i - w - rowStart, escapes ? 2 : 1);
            state = FIELD_START;
          } else if (u == LF || u == CR) {
            addField(fieldStart, i - w - rowStart, escapes ? 2 : 1);
            term = u;
            break scan;
          } else if (quoteBreaks > 0) {
            return quoteError(batch, rowStart, rowLine, rowOffset, i, quotePos, rowLine + quoteStartBreaks,
                "closes on line " + (rowLine + breaks) + " and is followed by text instead of a delimiter or a line end:"
                    + " a quote is missing or misplaced");
          } else {
            if (junkField < 0) {
              junkField = nf;
              junkQuote = quotePos;
            }
            state = JUNK;
            acc |= u;
          }
        } else { // JUNK
          if (u == delim) {
            addField(fieldStart, i - rowStart, 0);
            state = FIELD_START;
          } else if (u == LF || u == CR) {
            addField(fieldStart, i - rowStart, 0);
            term = u;
            break scan;
          } else {
            acc |= u;
          }
        }
        i += w;
      }
      if (i >= bound) {
        if (state == QUOTED) {
          return quoteError(batch, rowStart, rowLine, rowOffset, i, quotePos, rowLine + quoteStartBreaks,
              "runs on for more than the limit of " + size(maxRow) + " (--max-line-length) without its closing quote"
                  + " (an unclosed quote, or a quoted field longer than the limit)");
        }
        return tooLong(batch, rowStart, rowLine, rowOffset, i, breaks);
      }
      if (!eof) {
        int shift = fill(rowStart);
        i -= shift;
        rowStart -= shift;
        b = buf;
        continue;
      }
      // the end of the input
      if (i < end) { // a partial code unit (UTF-16): kept in the row, so that decoding reports it
        if (state == FIELD_START) {
          state = UNQUOTED;
          fieldStart = i - rowStart;
        } else if (state == QUOTE_SEEN) {
          junkField = junkField < 0 ? nf : junkField;
          junkQuote = junkQuote < 0 ? quotePos : junkQuote;
          state = JUNK;
        }
        acc |= 0x80;
        i = end;
      }
      if (state == QUOTED) {
        return quoteError(batch, rowStart, rowLine, rowOffset, i, quotePos, rowLine + quoteStartBreaks,
            "runs to the end of the file");
      }
      if (i == rowStart && nf == 0) {
        done = true;
        return false;
      }
      if (state == QUOTE_SEEN) {
        addField(fieldStart, i - w - rowStart, escapes ? 2 : 1);
      } else if (state == FIELD_START) {
        addField(i - rowStart, i - rowStart, 0);
      } else {
        addField(fieldStart, i - rowStart, 0);
      }
      term = -1;
      break;
    }
    int rowEnd = i;
    if (term < 0) {
      done = true;
      pos = i;
    } else {
      pos = i + w;
      skipLF = term == CR;
      line = rowLine + breaks + 1;
    }
    emit(batch, b, rowStart, rowEnd, rowLine, breaks + 1, rowOffset, w == 1 && acc < 0x80, junkField, junkQuote);
    return true;
  }

  private void emit(RowBatch batch, byte[] b, int rowStart, int rowEnd, long rowLine, int lines, long rowOffset,
      boolean ascii, int junkField, int junkQuote) {
    batchBytes += rowEnd - rowStart + width;
    if (nf == 1 && rowEnd == rowStart) {
      batch.beginRow(rowLine, lines, rowOffset, b, rowStart, rowEnd, true, null);
      batch.endRow();
      return;
    }
    int bad = ascii || enc.everyByteValid || (utf8 && Utf8.valid(b, rowStart, rowEnd)) ? -1 : firstInvalid(b, rowStart, rowEnd);
    if (bad >= 0) {
      int f = fieldAt(bad - rowStart);
      StringBuilder hex = new StringBuilder();
      for (int k = 0; k < invalidLength && bad + k < rowEnd; k++) {
        hex.append(k == 0 ? "" : " ").append(String.format("0x%02X", b[bad + k] & 0xff));
      }
      long at = rowOffset + (bad - rowStart);
      String reason = (invalidLength == 1 ? "byte " : "bytes ") + hex + " at byte offset " + at + " "
          + (invalidLength == 1 ? "is" : "are") + " not valid " + enc.displayName() + "; " + enc.otherEncodingHint();
      String value = TextEscapes.cut(TextEscapes.decodeShowingInvalid(b, rowStart + fs[f], rowStart + fe[f], decoder), VALUE_LIMIT);
      String raw = TextEscapes.decodeShowingInvalid(b, rowStart, rowEnd, decoder);
      batch.beginRow(rowLine, lines, rowOffset, b, rowStart, rowEnd, false, new RowFault(RowFault.Kind.INVALID_BYTES, reason, f, value, raw, at, false));
      batch.endRow();
      return;
    }
    if (junkField >= 0) {
      int from = rowStart + junkQuote;
      String value = TextEscapes.cut(decode(b, from, rowStart + fe[junkField], ascii), VALUE_LIMIT);
      String reason = "text after the closing quote of a quoted field (a quote inside a quoted field is written twice: \"\")";
      batch.beginRow(rowLine, lines, rowOffset, b, rowStart, rowEnd, ascii,
          new RowFault(RowFault.Kind.TEXT_AFTER_QUOTE, reason, junkField, value, decode(b, rowStart, rowEnd, ascii), bufOffsetOf(b, from, rowStart, rowOffset), false));
      batch.endRow();
      return;
    }
    batch.beginRow(rowLine, lines, rowOffset, b, rowStart, rowEnd, ascii, null);
    boolean[] want = wanted;
    for (int f = 0; f < nf; f++) {
      if (want != null && (f >= want.length || !want[f])) {
        batch.addCell(null);
      } else {
        batch.addCell(field(b, rowStart + fs[f], rowStart + fe[f], fq[f], ascii));
      }
    }
    batch.endRow();
  }

  private static long bufOffsetOf(byte[] b, int index, int rowStart, long rowOffset) {
    return rowOffset + (index - rowStart);
  }

  /** @return the field holding the byte at this offset from the row start */
  private int fieldAt(int relative) {
    int f = 0;
    while (f + 1 < nf && fs[f + 1] - (fq[f + 1] != 0 ? width : 0) <= relative) {
      f++;
    }
    return f;
  }

  private String field(byte[] b, int from, int to, int flag, boolean ascii) {
    if (from == to) {
      return "";
    }
    if (flag == 2) { // collapse each "" to "
      int w = width;
      if (scratch.length < to - from) {
        scratch = new byte[Math.max(to - from, scratch.length * 2)];
      }
      int n = 0;
      for (int i = from; i < to; i += w) {
        for (int k = 0; k < w; k++) {
          scratch[n++] = b[i + k];
        }
        if (unit(b, i, w, big) == QUOTE) {
          i += w; // the second quote of the pair
        }
      }
      return decode(scratch, 0, n, ascii);
    }
    return decode(b, from, to, ascii);
  }

  /** Decodes bytes known to be valid in the encoding. */
  private String decode(byte[] b, int from, int to, boolean ascii) {
    return new String(b, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : enc.charset);
  }

  /** Decodes bytes that may be invalid: exactly when valid, else with invalid bytes as {@code \xHH}. */
  private String text(byte[] b, int from, int to) {
    if (enc.everyByteValid || (utf8 ? Utf8.valid(b, from, to) : firstInvalid(b, from, to) < 0)) {
      return decode(b, from, to, false);
    }
    return TextEscapes.decodeShowingInvalid(b, from, to, decoder);
  }

  /** @return the index of the first byte not valid in the encoding, or -1; sets {@link #invalidLength} */
  private int firstInvalid(byte[] b, int from, int to) {
    ByteBuffer bytes = ByteBuffer.wrap(b, from, to - from);
    decoder.reset();
    for (;;) {
      chars.clear();
      CoderResult r = decoder.decode(bytes, chars, true);
      if (r.isError()) {
        invalidLength = r.length();
        return bytes.position();
      }
      if (r.isUnderflow()) {
        if (bytes.hasRemaining()) { // not expected at the end of input
          invalidLength = bytes.remaining();
          return bytes.position();
        }
        chars.clear();
        decoder.flush(chars);
        return -1;
      }
    }
  }

  /** @return the index of the first CR or LF in {@code [from, to)}, or -1 */
  private int lineBreak(byte[] b, int from, int to) {
    for (int i = from; i + width <= to; i += width) {
      int u = unit(b, i, width, big);
      if (u == LF || u == CR) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A quote that breaks the row structure: a fatal fault, or (lenient) a fault covering the row's
   * first line, after which scanning resumes on the next line.
   */
  private boolean quoteError(RowBatch batch, int rowStart, long rowLine, long rowOffset, int at, int quotePos,
      long quoteLine, String what) throws IOException {
    byte[] b = buf;
    int quote = rowStart + quotePos;
    int firstBreak = lineBreak(b, rowStart, at);
    int quoteLineEnd = lineBreak(b, quote + width, at);
    int valueEnd = quoteLineEnd >= 0 ? quoteLineEnd : at;
    String value = TextEscapes.cut(text(b, quote, cutToCharacter(b, quote, Math.min(valueEnd, quote + VALUE_LIMIT * 4))), VALUE_LIMIT);
    String raw;
    if (firstBreak >= 0) {
      raw = text(b, rowStart, firstBreak);
    } else {
      int rawEnd = Math.min(at, rowStart + RAW_LIMIT);
      raw = text(b, rowStart, cutToCharacter(b, rowStart, rawEnd)) + (rawEnd < at ? "…" : "");
    }
    String where = quoteLine == rowLine ? "" : " (the quote is on line " + quoteLine + ")";
    String reason = (what.startsWith("closes") ? "the quote starting here" : "unclosed quote starting here") + where + ": the quoted field "
        + what + "; " + (lenientQuotes ? "line " + rowLine + " skipped, reading resumed at line " + (rowLine + 1)
            : "the load stops here: --lenient-quotes rejects this row and loads the rest (reading resumes at line " + (rowLine + 1) + ")");
    batch.beginRow(rowLine, 1, rowOffset, null, 0, 0, false, new RowFault(RowFault.Kind.QUOTE, reason, nf, value, raw, rowOffset + quotePos, !lenientQuotes));
    batch.endRow();
    batchBytes += firstBreak >= 0 ? firstBreak - rowStart : at - rowStart;
    line = rowLine + 1;
    if (!lenientQuotes) {
      done = true;
    } else if (firstBreak >= 0) {
      pos = firstBreak + width;
      skipLF = unit(b, firstBreak, width, big) == CR;
    } else if (at >= end && eof) {
      pos = end;
      done = true;
    } else {
      skipFrom = at;
    }
    return true;
  }

  /**
   * A row longer than the limit: a fault; the rest of its line is read past, without being kept,
   * when the next row is asked for (so that a caller can stop at the fault, even on endless input).
   */
  private boolean tooLong(RowBatch batch, int rowStart, long rowLine, long rowOffset, int at, int breaks) {
    byte[] b = buf;
    int rawEnd = cutToCharacter(b, rowStart, rowStart + Math.min(RAW_LIMIT, maxRow));
    String raw = text(b, rowStart, rawEnd) + "…";
    batchBytes += rawEnd - rowStart;
    long last = rowLine + breaks;
    String reason = "row is longer than the limit of " + size(maxRow) + " (--max-line-length); "
        + (breaks == 0 ? "the rest of line " + rowLine + " is skipped" : "lines " + rowLine + " to " + last + " are skipped")
        + " and reading resumes on the next line";
    batch.beginRow(rowLine, breaks + 1, rowOffset, null, 0, 0, false, new RowFault(RowFault.Kind.TOO_LONG, reason, -1, null, raw, -1, false));
    batch.endRow();
    line = last + 1;
    skipFrom = at;
    return true;
  }

  /** @return whether the next row can only come after reading past the rest of an over-long line */
  boolean skipPending() {
    return skipFrom >= 0;
  }

  /** Reads past the rest of the line that {@code from} is on, keeping nothing; sets the next row's start. */
  private void skipLine(int from) throws IOException {
    int i = from;
    for (;;) {
      int br = lineBreak(buf, i, end);
      if (br >= 0) {
        pos = br + width;
        skipLF = unit(buf, br, width, big) == CR;
        return;
      }
      i = end - (end - i) % width;
      if (eof) {
        pos = end;
        done = true;
        return;
      }
      i -= fill(i);
    }
  }

  /**
   * @return {@code to}, moved back so that it does not split a character (UTF-8, UTF-16); decided
   *     from the bytes before {@code to} alone, so that the result does not depend on how much was read
   */
  private int cutToCharacter(byte[] b, int from, int to) {
    if (enc.charset.equals(StandardCharsets.UTF_8)) {
      int p = to - 1;
      int continuation = 0;
      while (p >= from && continuation < 4 && (b[p] & 0xC0) == 0x80) {
        p--;
        continuation++;
      }
      if (p < from) {
        return to;
      }
      int lead = b[p] & 0xff;
      int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      return to - p < length ? p : to;
    }
    if (width == 2) {
      int t = from + ((to - from) & ~1);
      if (t - 2 >= from && Character.isHighSurrogate((char) unit(b, t - 2, 2, big))) {
        t -= 2;
      }
      return t;
    }
    return to;
  }

  /** @return a size for messages: {@code 1 MiB}, {@code 64 KiB} or {@code 100000 bytes} */
  static String size(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }
}
