package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.ledger.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bytes are evidence: decoding is strict, ids are never altered silently. */
class StrictDecodingTest {
  static final String HEADER = "tx_id,timestamp,from_account,to_account,amount,currency\n";

  @TempDir
  Path dir;

  Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else if (p instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes((byte[]) p);
      }
    }
    return out.toByteArray();
  }

  static LoadResult read(IngestOptions o, Path f) {
    LoadResult r = LedgerReader.read(o, f);
    assertEquals(r.rowsRead(), r.rowsLoaded() + r.rowsRejected());
    assertEquals(r.rowsRejected(), r.rejects().size());
    return r;
  }

  @Test
  void invalidUtf8NeverMergesTwoAccountsIntoOne() throws IOException {
    // the tester's finding: ACC\xff and ACC\xfe both became ACC\ufffd, one account, 0 rejected
    Path f = write("acc.csv", bytes(HEADER, "T1,2025-01-01,ACC", 0xff, ",B,1.00,EUR\n", "T2,2025-01-01,ACC", 0xfe,
        ",B,2.00,EUR\n", "T3,2025-01-01,A,B,3.00,EUR\n"));
    LoadResult r = read(IngestOptions.defaults(), f);
    assertEquals(1, r.rowsLoaded());
    assertEquals(2, r.rowsRejected());
    RejectedRow first = r.rejects().get(0);
    assertEquals(2, first.line());
    assertEquals(Optional.of("from_account"), first.column());
    assertEquals(Optional.of("ACC\\xFF"), first.value());
    long offset = HEADER.length() + "T1,2025-01-01,ACC".length();
    assertTrue(first.reason().contains("byte 0xFF at byte offset " + offset + " is not valid UTF-8"), first.reason());
    assertTrue(first.reason().contains("--encoding"), first.reason());
    assertEquals(HEADER.length(), first.byteOffset());
    assertEquals("T1,2025-01-01,ACC\\xFF,B,1.00,EUR", first.rawText());
    assertEquals(Optional.of("ACC\\xFE"), r.rejects().get(1).value());
    assertTrue(r.ledger().accounts().names().stream().noneMatch(a -> a.contains("\uFFFD")));
  }

  @Test
  void theSameBytesInWindows1252AreTwoDistinctAccounts() throws IOException {
    Path f = write("acc.csv", bytes(HEADER, "T1,2025-01-01,ACC", 0xff, ",B,1.00,EUR\n", "T2,2025-01-01,ACC", 0xfe,
        ",B,2.00,EUR\n"));
    LoadResult r = read(IngestOptions.defaults().withEncoding(Charset.forName("windows-1252")), f);
    assertEquals(0, r.rowsRejected());
    Ledger l = r.ledger();
    assertEquals("ACCÿ", l.from(0));
    assertEquals("ACCþ", l.from(1));
    assertEquals(3, l.accounts().size());
  }

  @Test
  void windows1252RejectsTheFiveBytesItLeavesUndefined() throws IOException {
    Path f = write("w.csv", bytes(HEADER, "T1,2025-01-01,A", 0x81, ",B,1.00,EUR\n", "T2,2025-01-01,A", 0x80, ",B,1.00,EUR\n"));
    LoadResult r = read(IngestOptions.defaults().withEncoding(Charset.forName("windows-1252")), f);
    assertEquals(1, r.rowsRejected());
    assertTrue(r.rejects().get(0).reason().contains("0x81") && r.rejects().get(0).reason().contains("windows-1252"));
    assertEquals("A€", r.ledger().from(0));
  }

  @Test
  void iso88591ReadsEveryByte() throws IOException {
    Path f = write("l.csv", bytes(HEADER, "T1,2025-01-01,A", 0x81, 0xff, ",B,1.00,EUR\n"));
    LoadResult r = read(IngestOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1), f);
    assertEquals("A\u0081\u00ff", r.ledger().from(0));
  }

  @Test
  void invalidSequencesOfEveryKindAreRejected() throws IOException {
    byte[][] invalid = {
        {(byte) 0xC3}, // truncated two-byte sequence
        {(byte) 0xC0, (byte) 0x80}, // overlong NUL
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate encoded in UTF-8
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        {(byte) 0x80}, // a lone continuation byte
    };
    for (byte[] bad : invalid) {
      Path f = write("s.csv", bytes(HEADER, "T1,2025-01-01,A,B", bad, ",1.00,EUR\nT2,2025-01-01,é,B,1.00,EUR\n"));
      LoadResult r = read(IngestOptions.defaults(), f);
      assertEquals(1, r.rowsRejected(), java.util.Arrays.toString(bad));
      assertEquals(Optional.of("to_account"), r.rejects().get(0).column());
      assertEquals("é", r.ledger().from(0));
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedAndCountsInByteOffsets() throws IOException {
    Path f = write("bom.csv", bytes(0xEF, 0xBB, 0xBF, HEADER, "T1,2025-01-01,A,B,x,EUR\n"));
    LoadResult r = read(IngestOptions.defaults(), f);
    assertEquals(3 + HEADER.length(), r.rejects().get(0).byteOffset());
    assertEquals(2, r.rejects().get(0).line());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE"})
  void utf16WithAByteOrderMarkIsRead(String name) throws IOException {
    Charset bytesAs = name.equals("UTF-16BE") ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    String text = HEADER + "T1,2025-01-01,Jürgen,B,1.00,EUR\r\nT2,2025-01-01,\"a,\"\"b\"\"\",B,x,EUR\n";
    byte[] bom = bytesAs == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
    Path f = write("u16.csv", bytes(bom, text.getBytes(bytesAs)));
    LoadResult r = read(IngestOptions.defaults().withEncoding(Charset.forName(name)), f);
    assertEquals(1, r.rowsLoaded());
    assertEquals("Jürgen", r.ledger().from(0));
    RejectedRow rej = r.rejects().get(0);
    assertEquals(3, rej.line());
    assertEquals("T2,2025-01-01,\"a,\"\"b\"\"\",B,x,EUR", rej.rawText());
    assertEquals(2 + 2L * (HEADER.length() + "T1,2025-01-01,Jürgen,B,1.00,EUR\r\n".length()), rej.byteOffset());
  }

  @Test
  void utf16WithoutAByteOrderMarkNeedsItsByteOrderNamed() throws IOException {
    Path f = write("u16.csv", (HEADER + "T1,2025-01-01,A,B,1.00,EUR\n").getBytes(StandardCharsets.UTF_16LE));
    IngestException e = assertThrows(IngestException.class,
        () -> LedgerReader.read(IngestOptions.defaults().withEncoding(StandardCharsets.UTF_16), f));
    assertTrue(e.getMessage().contains("UTF-16LE or UTF-16BE"), e.getMessage());
    assertEquals(1, read(IngestOptions.defaults().withEncoding(StandardCharsets.UTF_16LE), f).rowsLoaded());
  }

  @Test
  void aLoneSurrogateOrAnOddByteRejectsAUtf16Row() throws IOException {
    byte[] head = (HEADER + "T1,2025-01-01,A").getBytes(StandardCharsets.UTF_16LE);
    byte[] tail = (",B,1.00,EUR\nT2,2025-01-01,C,D,1.00,EUR\nT3,2025-01-01,E,F,1.00,E").getBytes(StandardCharsets.UTF_16LE);
    Path f = write("s16.csv", bytes(0xFF, 0xFE, head, 0x00, 0xD8, tail, 0x55)); // U+D800 alone; a last odd byte
    LoadResult r = read(IngestOptions.defaults().withEncoding(StandardCharsets.UTF_16), f);
    assertEquals(1, r.rowsLoaded());
    assertEquals("C", r.ledger().from(0));
    assertEquals(2, r.rowsRejected());
    assertEquals(Optional.of("from_account"), r.rejects().get(0).column());
    assertEquals(Optional.of("currency"), r.rejects().get(1).column());
  }

  @Test
  void aByteOrderMarkThatContradictsTheEncodingIsOneClearError() throws IOException {
    Path utf8 = write("bom8.csv", bytes(0xEF, 0xBB, 0xBF, HEADER, "T1,2025-01-01,A,B,1,EUR\n"));
    IngestException e = assertThrows(IngestException.class,
        () -> LedgerReader.read(IngestOptions.defaults().withEncoding(Charset.forName("windows-1252")), utf8));
    assertTrue(e.getMessage().contains("UTF-8 byte-order mark but --encoding is windows-1252"), e.getMessage());
    Path utf16 = write("bom16.csv", bytes(0xFF, 0xFE, (HEADER + "T1,2025-01-01,A,B,1,EUR\n").getBytes(StandardCharsets.UTF_16LE)));
    IngestException hint = assertThrows(IngestException.class, () -> LedgerReader.read(IngestOptions.defaults(), utf16));
    assertTrue(hint.getMessage().startsWith(utf16 + ":1: the header line cannot be read: byte 0xFF at byte offset 0"), hint.getMessage());
    assertTrue(hint.getMessage().contains("UTF-16 byte-order mark: --encoding UTF-16?"), hint.getMessage());
  }

  @Test
  void encodingsThatCannotBeSplitByteByByteAreRefusedByName() {
    assertEquals(StandardCharsets.ISO_8859_1, IngestOptions.parseEncoding("latin1"));
    assertEquals(Charset.forName("windows-1252"), IngestOptions.parseEncoding(" CP1252 "));
    for (String name : List.of("IBM037", "UTF-32", "Shift_JIS")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IngestOptions.parseEncoding(name));
      assertTrue(e.getMessage().contains("not supported"), e.getMessage());
    }
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IngestOptions.parseEncoding("klingon"))
        .getMessage().contains("unknown encoding 'klingon'"));
    assertThrows(IllegalArgumentException.class, () -> IngestOptions.defaults().withDelimiter('§'));
  }

  @Test
  void aMappingFileMayDeclareTheEncoding() throws IOException {
    Path mapping = write("m.mapping", "timestamp=Datum\nfrom=Zahler\nto=Empfänger\namount=Betrag\nencoding=windows-1252\n"
        .getBytes(StandardCharsets.UTF_8));
    Path data = write("d.csv", "Datum,Zahler,Empfänger,Betrag\n2025-01-02,Müller,B,5\n".getBytes(Charset.forName("windows-1252")));
    LoadResult r = read(IngestOptions.defaults().withMapping(ColumnMapping.load(mapping)), data);
    assertEquals("Müller", r.ledger().from(0));
  }

  @Test
  void onlySpacesAndTabsAreTrimmedAndTrimmedCellsAreCountedPerColumn() throws IOException {
    Path f = write("t.csv", bytes(HEADER, "T1,2025-01-01, A ,B,1.00,EUR\n", "T2,2025-01-01,A,\tB,1.00,EUR\n",
        "T3,2025-01-01,A", 0, ",B,1.00,EUR\n", "T4,2025-01-01,A\u200B,B,1.00,EUR\n", "T5,2025-01-01, A ,B,x,EUR\n"));
    LoadResult r = read(IngestOptions.defaults(), f);
    Ledger l = r.ledger();
    assertEquals(List.of("A", "B", "A\u0000", "A\u200B"), l.accounts().names());
    // only loaded rows count: T5 was trimmed too, then rejected for its amount
    assertEquals(Map.of("from_account", 1L, "to_account", 1L), r.files().get(0).trimmedCells());
    List<NearDuplicates.Group> near = NearDuplicates.find(l.accounts().names());
    assertEquals(1, near.size());
    assertEquals(List.of("A", "A\\u0000", "A\\u200b"), near.get(0).escapedIds());
  }

  @Test
  void messagesShowInvisibleCharactersAsEscapesOnOneLine() throws IOException {
    Path f = write("m.csv", bytes(HEADER, "T1,2025-01-01,A,B,\"1\n\u200B2\",EUR\n"));
    RejectedRow r = read(IngestOptions.defaults(), f).rejects().get(0);
    assertEquals(Optional.of("1\n\u200B2"), r.value());
    assertEquals(2, r.lines());
    assertTrue(r.describe().endsWith("column 'amount', value '1\\n\\u200b2': amount is not a number"), r.describe());
  }
}
