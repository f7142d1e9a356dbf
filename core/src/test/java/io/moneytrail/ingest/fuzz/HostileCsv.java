package io.moneytrail.ingest.fuzz;

import io.moneytrail.ingest.ColumnMapping;
import io.moneytrail.ingest.IngestOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of hostile transaction CSVs, with what the reader must make of them.
 *
 * <p>In <em>exact</em> cases the structure is well formed and every row's fate is known
 * independently of the reader: loaded with the ids its cells spell (decoded in the declared
 * encoding, surrounding spaces and tabs removed), or rejected (bytes invalid in the encoding, a row
 * longer than the limit, a wrong field count, an empty or malformed required cell); line numbers,
 * blank lines and trimmed cells are known too. The cells are hostile all the same: NULs, zero-width
 * and no-break spaces, quotes, delimiters and line breaks inside quoted fields, non-ASCII letters,
 * huge fields, every line end (LF, CRLF, CR, mixed), byte-order marks, every preset and a column
 * mapping, duplicate header names, empty files and headers without rows.
 *
 * <p>In <em>hostile</em> cases the bytes of such a file are then mutated (quotes, line breaks,
 * delimiters and random bytes inserted, ranges deleted or repeated, the file cut short), so that
 * only invariants can be checked.
 */
final class HostileCsv {
  enum Preset { MONEYTRAIL, AMLWORLD, AMLSIM, PAYSIM, CUSTOM }

  enum Kind { ID, ACCOUNT, BANK, TIME, AMLTIME, STEP, AMOUNT, CURRENCY, TEXT }

  /** A column: its header name, what it holds, whether the layout reads it, whether a row needs it. */
  record Column(String name, Kind kind, boolean used, boolean required) {}

  /** A generated data row and its expected fate. */
  static final class Row {
    long line; // first physical line
    int lines; // physical lines it covers
    boolean load;
    String reason; // for a reject: a phrase its reason must contain (null: any)
    String raw; // for a reject of a row valid in the encoding: its text as written
    String id; // expected tx id (null when the layout numbers rows)
    String from;
    String to;
    long amount;
    int trimmedCells;
    final List<String> cells = new ArrayList<>(); // intended texts
  }

  /** One generated file. */
  static final class File {
    Path path;
    final List<Row> rows = new ArrayList<>();
    long blankLines;
    String fatal; // exact cases: a phrase of the IngestException this file must raise, or null
    byte[] bytes;
  }

  final long seed;
  final boolean exact;
  final Preset preset;
  final Charset charset;
  final String encodingName;
  final char delimiter;
  final IngestOptions options;
  final List<Column> columns;
  final List<File> files = new ArrayList<>();
  private final SplittableRandom r;
  private final CharsetEncoder encoder;
  private final int lineEnds; // 0 LF, 1 CRLF, 2 CR, 3 mixed
  private long rowNumber;

  static final String[] ACCOUNTS = {"ACC1", "acc1", "AC\u200bC1", "ACC1\u0000", "Café", "Cafe\u0301", "\uff21\uff23\uff23", "Müller",
      "ACC-2", "acc-2", "\u00a0ACC3", "ACC3", "Straße", "STRASSE", "中国银行", "\ud83d\udcb0", "a\"quoted\"", "x,y", "A\tB"};
  static final String[] AMOUNTS = {"1.00", "7", "2.5", "1,500.00", "0.01", "12.340", "1.5E2"};
  static final long[] MINOR = {100, 700, 250, 150000, 1, 1234, 15000};
  static final String[] BAD_AMOUNTS = {"0", "-1", "x", "1.005", "", "   ", "1,50.0", "\u0000"};
  static final String[] TIMES = {"2025-01-01", "2025-01-02T10:00:00Z", "2025/03/04 05:06", "2025-01-01 10:00:00.123+02:00"};
  static final String[] BAD_TIMES = {"2025-02-30", "nope", "", "2025-13-01", "1/2/2025"};

  HostileCsv(long seed, boolean exact, Path dir) throws IOException {
    this.seed = seed;
    this.exact = exact;
    this.r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + (exact ? 1 : 2));
    preset = Preset.values()[r.nextInt(Preset.values().length)];
    int e = r.nextInt(7);
    charset = switch (e) {
      case 0, 1, 2 -> StandardCharsets.UTF_8;
      case 3 -> Charset.forName("windows-1252");
      case 4 -> StandardCharsets.ISO_8859_1;
      case 5 -> StandardCharsets.UTF_16LE;
      default -> StandardCharsets.UTF_16BE;
    };
    boolean bom = e == 1 || e >= 5;
    encodingName = e >= 5 && r.nextBoolean() ? "UTF-16" : charset.name();
    encoder = charset.newEncoder();
    delimiter = new char[] {',', ',', ';', '\t', '|'}[r.nextInt(5)];
    lineEnds = r.nextInt(4);
    columns = columns(preset);
    IngestOptions o = IngestOptions.defaults().withDelimiter(delimiter).withEncoding(Charset.forName(encodingName))
        .withLenientQuotes(!exact && r.nextBoolean());
    if (preset == Preset.CUSTOM) {
      o = o.withMapping(ColumnMapping.parse("tx_id=Ref,timestamp=When,from=Payer,to=Payee,amount=Sum,currency=Ccy,reference=Note"));
    }
    int headerBytes = encode(header()).length;
    boolean small = r.nextInt(3) == 0;
    int limit = small ? headerBytes + 20 + r.nextInt(300) : IngestOptions.DEFAULT_MAX_LINE_LENGTH;
    boolean headerTooLong = exact && r.nextInt(40) == 0;
    if (headerTooLong) {
      limit = Math.max(1, headerBytes - 1 - r.nextInt(Math.min(10, headerBytes)));
    }
    options = o.withMaxLineLength(limit);
    int fileCount = r.nextInt(5) == 0 ? 2 : 1;
    for (int f = 0; f < fileCount; f++) {
      File file = generate(bom, limit);
      if (headerTooLong && (file.fatal == null || !file.fatal.equals("file is empty"))) {
        file.fatal = "the header line is longer than the limit";
      }
      if (!exact) {
        file.bytes = mutate(file.bytes);
      }
      file.path = dir.resolve("f" + f + ".csv");
      Files.write(file.path, file.bytes);
      files.add(file);
    }
  }

  static List<Column> columns(Preset p) {
    List<Column> c = new ArrayList<>();
    switch (p) {
      case MONEYTRAIL -> {
        c.add(new Column("tx_id", Kind.ID, true, true));
        c.add(new Column("timestamp", Kind.TIME, true, true));
        c.add(new Column("from_account", Kind.ACCOUNT, true, true));
        c.add(new Column("to_account", Kind.ACCOUNT, true, true));
        c.add(new Column("amount", Kind.AMOUNT, true, true));
        c.add(new Column("currency", Kind.CURRENCY, true, true));
        c.add(new Column("reference", Kind.TEXT, true, false));
        c.add(new Column("amount", Kind.TEXT, false, false)); // a duplicate header name: the first one counts
      }
      case AMLWORLD -> {
        c.add(new Column("Timestamp", Kind.AMLTIME, true, true));
        c.add(new Column("From Bank", Kind.BANK, true, true));
        c.add(new Column("Account", Kind.ACCOUNT, true, true));
        c.add(new Column("To Bank", Kind.BANK, true, true));
        c.add(new Column("Account", Kind.ACCOUNT, true, true));
        c.add(new Column("Amount Received", Kind.TEXT, true, false));
        c.add(new Column("Receiving Currency", Kind.TEXT, true, false));
        c.add(new Column("Amount Paid", Kind.AMOUNT, true, true));
        c.add(new Column("Payment Currency", Kind.CURRENCY, true, true));
        c.add(new Column("Payment Format", Kind.TEXT, true, false));
        c.add(new Column("Is Laundering", Kind.TEXT, true, false));
      }
      case AMLSIM -> {
        c.add(new Column("tran_id", Kind.ID, true, true));
        c.add(new Column("orig_acct", Kind.ACCOUNT, true, true));
        c.add(new Column("bene_acct", Kind.ACCOUNT, true, true));
        c.add(new Column("tx_type", Kind.TEXT, true, false));
        c.add(new Column("base_amt", Kind.AMOUNT, true, true));
        c.add(new Column("tran_timestamp", Kind.TIME, true, true));
        c.add(new Column("is_sar", Kind.TEXT, true, false));
      }
      case PAYSIM -> {
        c.add(new Column("step", Kind.STEP, true, true));
        c.add(new Column("type", Kind.TEXT, true, false));
        c.add(new Column("amount", Kind.AMOUNT, true, true));
        c.add(new Column("nameOrig", Kind.ACCOUNT, true, true));
        c.add(new Column("oldbalanceOrg", Kind.TEXT, false, false));
        c.add(new Column("newbalanceOrig", Kind.TEXT, false, false));
        c.add(new Column("nameDest", Kind.ACCOUNT, true, true));
        c.add(new Column("oldbalanceDest", Kind.TEXT, false, false));
        c.add(new Column("newbalanceDest", Kind.TEXT, false, false));
        c.add(new Column("isFraud", Kind.TEXT, true, false));
      }
      case CUSTOM -> {
        c.add(new Column("Note", Kind.TEXT, true, false));
        c.add(new Column("Sum", Kind.AMOUNT, true, true));
        c.add(new Column("Payee", Kind.ACCOUNT, true, true));
        c.add(new Column("Ref", Kind.ID, true, true));
        c.add(new Column("Unused", Kind.TEXT, false, false));
        c.add(new Column("When", Kind.TIME, true, true));
        c.add(new Column("Payer", Kind.ACCOUNT, true, true));
        c.add(new Column("Ccy", Kind.CURRENCY, true, true));
      }
      default -> throw new IllegalStateException();
    }
    return c;
  }

  /** @return whether the layout takes transaction ids from a column (else the row number) */
  boolean idColumn() {
    return preset != Preset.AMLWORLD && preset != Preset.PAYSIM;
  }

  private String header() {
    StringBuilder s = new StringBuilder();
    for (Column c : columns) {
      s.append(s.length() == 0 ? "" : String.valueOf(delimiter)).append(c.name());
    }
    return s.toString();
  }

  private byte[] encode(String s) {
    return s.getBytes(charset);
  }

  private String lineEnd() {
    int kind = lineEnds == 3 ? r.nextInt(3) : lineEnds;
    return kind == 0 ? "\n" : kind == 1 ? "\r\n" : "\r";
  }

  private File generate(boolean bom, int limit) {
    File file = new File();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
          : charset.equals(StandardCharsets.UTF_16BE) ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE});
    } else if (encodingName.equals("UTF-16")) {
      throw new IllegalStateException("UTF-16 is always written with a byte-order mark here");
    }
    int shape = r.nextInt(60);
    if (exact && shape == 0) { // an empty file (a byte-order mark at most)
      file.fatal = "file is empty";
      file.bytes = out.toByteArray();
      return file;
    }
    String end = lineEnd();
    out.writeBytes(encode(header() + end));
    boolean lastCR = end.equals("\r");
    long line = 2;
    int rows = exact && shape == 1 ? 0 : 1 + r.nextInt(r.nextInt(8) == 0 ? 300 : 40);
    int blanksOnly = rows == 0 ? r.nextInt(3) : 0; // a header followed by blank lines at most
    for (int i = 0; i < rows || i < blanksOnly; i++) {
      if (rows == 0 || r.nextInt(12) == 0) { // a blank line
        String blank = lineEnd();
        if (lastCR && blank.equals("\n")) {
          blank = "\r";
        }
        out.writeBytes(encode(blank));
        lastCR = blank.equals("\r");
        file.blankLines++;
        line++;
        if (rows == 0) {
          continue;
        }
      }
      Row row = null;
      byte[] bytes = null;
      for (int attempt = 0; row == null; attempt++) {
        row = new Row();
        bytes = row(row, limit, attempt > 3);
        if (bytes == null) {
          row = null;
        }
      }
      rowNumber++;
      row.line = line;
      if (!idColumn()) {
        row.id = Long.toString(rowNumber);
      }
      line += row.lines;
      out.writeBytes(bytes);
      boolean last = i == rows - 1;
      if (!last || r.nextInt(3) > 0) {
        String sep = lineEnd();
        out.writeBytes(encode(sep));
        lastCR = sep.equals("\r");
      } else {
        lastCR = false;
      }
      file.rows.add(row);
    }
    if (exact && file.rows.isEmpty() && file.fatal == null) {
      file.fatal = "no data rows";
    }
    file.bytes = out.toByteArray();
    return file;
  }

  /**
   * Generates one row into {@code row}.
   *
   * @return its bytes without the line end, or null when this row would make the structure
   *     ambiguous for an exact case (an over-long row cut inside a quoted field or before a quoted
   *     line break), so that another is drawn
   */
  private byte[] row(Row row, int limit, boolean plain) {
    int n = columns.size();
    int fieldCount = r.nextInt(25) == 0 ? n + (r.nextBoolean() ? 1 : -1) : n;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean valid = true;
    boolean invalidBytes = false;
    boolean multiLine = false;
    int lines = 1;
    List<int[]> quoted = new ArrayList<>(); // byte spans of quoted fields in the row
    StringBuilder raw = new StringBuilder();
    String[] values = new String[n];
    int trims = 0;
    for (int f = 0; f < fieldCount; f++) {
      Column c = columns.get(Math.min(f, n - 1));
      boolean good = r.nextInt(10) > 0;
      String text = plain ? plainCell(c, good) : cell(c, good);
      row.cells.add(text);
      String stripped = strip(text);
      if (f < n) {
        values[f] = stripped;
        if (c.used() && !stripped.equals(text)) {
          trims++;
        }
        if (c.required() && !validCell(c, stripped)) {
          valid = false;
        }
      }
      boolean mustQuote = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
          || text.indexOf('\n') >= 0;
      boolean quote = mustQuote || (!plain && r.nextInt(5) == 0);
      String written = quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
      if (f > 0) {
        out.writeBytes(encode(String.valueOf(delimiter)));
        raw.append(delimiter);
      }
      int start = out.size();
      byte[] cellBytes = encode(written);
      if (!plain && r.nextInt(30) == 0 && !charset.equals(StandardCharsets.ISO_8859_1)) {
        cellBytes = injectInvalid(cellBytes, quote);
        invalidBytes = true;
      }
      out.writeBytes(cellBytes);
      raw.append(written);
      if (quote) {
        quoted.add(new int[] {start, out.size() - 1});
        int breaks = breaks(text);
        lines += breaks;
        multiLine |= breaks > 0;
      }
    }
    byte[] bytes = out.toByteArray();
    row.lines = lines;
    row.raw = invalidBytes ? null : raw.toString();
    boolean tooLong = bytes.length > limit;
    if (exact && tooLong) {
      int width = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 1;
      int cut = limit + width - 1; // the last byte the reader takes before it knows the row is too long
      if (multiLine) {
        return null;
      }
      for (int[] q : quoted) {
        if (q[0] - 2 * width <= cut && cut <= q[1] + 2 * width) {
          return null;
        }
      }
    }
    row.trimmedCells = trims;
    if (tooLong) {
      row.load = false;
      row.reason = "longer than the limit";
      row.raw = null;
    } else if (invalidBytes) {
      row.load = false;
      row.reason = "not valid";
    } else if (fieldCount != n) {
      row.load = false;
      row.reason = "fields, the header has";
    } else {
      row.load = valid;
    }
    if (row.load) {
      fill(row, values);
    }
    return bytes;
  }

  private void fill(Row row, String[] v) {
    switch (preset) {
      case MONEYTRAIL -> {
        row.id = v[0];
        row.from = v[2];
        row.to = v[3];
        row.amount = minor(v[4]);
      }
      case AMLWORLD -> {
        row.from = v[1] + ":" + v[2];
        row.to = v[3] + ":" + v[4];
        row.amount = minor(v[7]);
      }
      case AMLSIM -> {
        row.id = v[0];
        row.from = v[1];
        row.to = v[2];
        row.amount = minor(v[4]);
      }
      case PAYSIM -> {
        row.from = v[3];
        row.to = v[6];
        row.amount = minor(v[2]);
      }
      case CUSTOM -> {
        row.id = v[3];
        row.from = v[6];
        row.to = v[2];
        row.amount = minor(v[1]);
      }
      default -> throw new IllegalStateException();
    }
  }

  private static long minor(String amount) {
    for (int i = 0; i < AMOUNTS.length; i++) {
      if (AMOUNTS[i].equals(amount)) {
        return MINOR[i];
      }
    }
    throw new IllegalStateException(amount);
  }

  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
      a++;
    }
    while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
      b--;
    }
    return s.substring(a, b);
  }

  private static int breaks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r'))) {
        n++;
      }
    }
    return n;
  }

  private boolean validCell(Column c, String s) {
    if (s.isEmpty()) {
      return false;
    }
    return switch (c.kind()) {
      case AMOUNT -> java.util.Arrays.asList(AMOUNTS).contains(s);
      case TIME, AMLTIME -> java.util.Arrays.asList(TIMES).contains(s);
      case STEP -> s.chars().allMatch(Character::isDigit) && s.length() < 6;
      default -> true;
    };
  }

  private String pick(String[] options) {
    return options[r.nextInt(options.length)];
  }

  private String encodable(String s, String otherwise) {
    return encoder.canEncode(s) ? s : otherwise;
  }

  private String plainCell(Column c, boolean good) {
    return switch (c.kind()) {
      case ID -> "T" + seed + "-" + rowNumber;
      case ACCOUNT, BANK -> "AC" + r.nextInt(20);
      case TIME, AMLTIME -> "2025-01-01";
      case STEP -> "1";
      case AMOUNT -> "1.00";
      case CURRENCY -> "EUR";
      case TEXT -> "t";
    };
  }

  private String cell(Column c, boolean good) {
    String base = switch (c.kind()) {
      case ID -> good ? "T" + seed + "-" + rowNumber : pick(new String[] {"", "  ", "\t"});
      case ACCOUNT -> good ? (r.nextBoolean() ? encodable(pick(ACCOUNTS), "ACC9") : "AC" + r.nextInt(30)) : pick(new String[] {"", " "});
      case BANK -> good ? pick(new String[] {"001", "0010", "B\u00e4nk", "1"}) : "";
      case TIME -> good ? pick(new String[] {TIMES[0], TIMES[1], TIMES[3]}) : pick(BAD_TIMES);
      case AMLTIME -> good ? TIMES[2] : pick(BAD_TIMES);
      case STEP -> good ? Integer.toString(r.nextInt(700)) : pick(new String[] {"x", "-1", "1.5", ""});
      case AMOUNT -> good ? pick(AMOUNTS) : pick(BAD_AMOUNTS);
      case CURRENCY -> good ? pick(new String[] {"EUR", "USD", "US Dollar", "\u20ac"}) : "";
      case TEXT -> r.nextInt(40) == 0 ? "h".repeat(100 + r.nextInt(3000)) : pick(new String[] {"", "x", "multi\nline",
          "a\r\nb\rc", "\"q\"", "x,y;z|w\tv", "\u0000", "caf\u00e9", "\u200b", "  spaced  ", "\u2028", "ref \"17\""});
    };
    base = encodable(base, c.kind() == Kind.CURRENCY ? "EUR" : c.kind() == Kind.TEXT ? "x" : base.replaceAll("[^\\x00-\\x7f]", "?"));
    if (c.kind() == Kind.ID && good && r.nextInt(6) == 0) {
      base = encodable(pick(new String[] {"\u200b", "\u0000", "\u00e9", "\"", "\n", String.valueOf(delimiter)}), "_") + base;
    }
    if (r.nextInt(8) == 0 && (c.kind() != Kind.TEXT || r.nextBoolean())) {
      base = pick(new String[] {" ", "\t", "  "}) + base + (r.nextBoolean() ? " " : "");
    }
    return base;
  }

  private byte[] injectInvalid(byte[] cell, boolean quoted) {
    byte[] bad;
    if (charset.equals(StandardCharsets.UTF_8)) {
      bad = switch (r.nextInt(5)) {
        case 0 -> new byte[] {(byte) 0xFF};
        case 1 -> new byte[] {(byte) 0xFE};
        case 2 -> new byte[] {(byte) 0xC3};
        case 3 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        default -> new byte[] {(byte) 0xC0, (byte) 0x80};
      };
    } else if (charset.name().equals("windows-1252")) {
      bad = new byte[] {new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D}[r.nextInt(5)]};
    } else { // UTF-16: a lone surrogate
      boolean be = charset.equals(StandardCharsets.UTF_16BE);
      bad = be ? new byte[] {(byte) 0xDC, 0x00} : new byte[] {0x00, (byte) 0xDC};
    }
    int width = bad.length == 2 && !charset.equals(StandardCharsets.UTF_8) ? 2 : 1;
    int lo = quoted ? width : 0;
    int hi = quoted ? cell.length - width : cell.length;
    int at = lo + (hi > lo ? r.nextInt((hi - lo) / width + 1) * width : 0);
    int u = unitWidth();
    if (at >= u && at + u <= cell.length && unitAt(cell, at - u, u) == '\r' && unitAt(cell, at, u) == '\n') {
      at -= u; // not between CR and LF, which would make one line break two
    }
    byte[] out = new byte[cell.length + bad.length];
    System.arraycopy(cell, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, bad.length);
    System.arraycopy(cell, at, out, at + bad.length, cell.length - at);
    return out;
  }

  private byte[] mutate(byte[] bytes) {
    byte[] b = bytes;
    int count = 1 + r.nextInt(6);
    int width = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 1;
    for (int k = 0; k < count && b.length > 0; k++) {
      int at = r.nextInt(b.length + 1);
      if (width == 2 && r.nextInt(4) > 0) {
        at &= ~1;
      }
      switch (r.nextInt(7)) {
        case 0, 1 -> b = insert(b, at, encode(pick(new String[] {"\"", "\"", "\n", "\r", String.valueOf(delimiter), "\"x", "\r\n\""})));
        case 2 -> b = insert(b, at, new byte[] {(byte) r.nextInt(256)});
        case 3 -> { // delete a range
          int len = Math.min(b.length - Math.min(at, b.length), r.nextInt(40));
          byte[] out = new byte[b.length - len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + len, out, at, b.length - at - len);
          b = out;
        }
        case 4 -> { // repeat a range
          int len = Math.min(b.length - at, r.nextInt(60));
          byte[] piece = java.util.Arrays.copyOfRange(b, at, at + len);
          b = insert(b, at, piece);
        }
        case 5 -> b = java.util.Arrays.copyOf(b, at); // cut short
        default -> b = insert(b, at, encode("\"" + "z".repeat(r.nextInt(2000)))); // an unclosed quote with a long tail
      }
    }
    return b;
  }

  private int unitWidth() {
    return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 1;
  }

  private int unitAt(byte[] b, int i, int w) {
    if (w == 1) {
      return b[i] & 0xff;
    }
    return charset.equals(StandardCharsets.UTF_16BE) ? ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff) : ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff);
  }

  private static byte[] insert(byte[] b, int at, byte[] piece) {
    byte[] out = new byte[b.length + piece.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(b, at, out, at + piece.length, b.length - at);
    return out;
  }

  @Override
  public String toString() {
    return "seed " + seed + (exact ? " exact " : " hostile ") + preset + " " + encodingName + " delimiter '"
        + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "' line ends " + lineEnds + " limit " + options.maxLineLength()
        + (options.lenientQuotes() ? " lenient" : "");
  }
}
