package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes that break the row structure stop the load by default, and are rejected with --lenient-quotes. */
class QuoteHandlingTest {
  static final String HEADER = "tx_id,timestamp,from_account,to_account,amount,currency\n";
  static final IngestOptions LENIENT = IngestOptions.defaults().withLenientQuotes(true);

  @TempDir
  Path dir;

  Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("q.csv"), content);
  }

  static LoadResult read(IngestOptions o, Path f) {
    LoadResult r = LedgerReader.read(o, f);
    assertEquals(r.rowsRead(), r.rowsLoaded() + r.rowsRejected(), "rows read = loaded + rejected");
    assertEquals(r.rowsRejected(), r.rejects().size());
    return r;
  }

  static List<String> ids(LoadResult r) {
    return java.util.stream.IntStream.range(0, r.ledger().size()).mapToObj(r.ledger()::txId).toList();
  }

  @Test
  void anUnclosedQuoteStopsTheLoadInTheUsualMessageFormNamingTheLenientOption() throws IOException {
    // the tester's finding: "cannot read file: (startline 3) EOF reached before encapsulated token finished"
    Path f = write(HEADER + "T1,2025-01-01,A,B,1.00,EUR\nT2,2025-01-02,A,\"B,C,5.00,EUR\nT3,2025-01-03,C,D,2.00,EUR\n");
    IngestException e = assertThrows(IngestException.class, () -> LedgerReader.read(IngestOptions.defaults(), f));
    assertEquals(f + ":3: column 'to_account', value '\"B,C,5.00,EUR': unclosed quote starting here: the quoted field runs "
        + "to the end of the file; the load stops here: --lenient-quotes rejects this row and loads the rest (reading resumes "
        + "at line 4)", e.getMessage());
    assertEquals(3, e.line());
    assertEquals(Optional.of("to_account"), e.column());
    assertEquals(Optional.of("\"B,C,5.00,EUR"), e.value());
  }

  @Test
  void withLenientQuotesTheRowIsRejectedAndTheRestLoads() throws IOException {
    Path f = write(HEADER + "T1,2025-01-01,A,B,1.00,EUR\nT2,2025-01-02,A,\"B,C,5.00,EUR\nT3,2025-01-03,C,D,2.00,EUR\n"
        + "T4,2025-01-04,D,E,3.00,EUR");
    LoadResult r = read(LENIENT, f);
    assertEquals(4, r.rowsRead());
    assertEquals(List.of("T1", "T3", "T4"), ids(r));
    RejectedRow rej = r.rejects().get(0);
    assertEquals(3, rej.line());
    assertEquals(1, rej.lines());
    assertEquals(Optional.of("to_account"), rej.column());
    assertEquals("T2,2025-01-02,A,\"B,C,5.00,EUR", rej.rawText());
    assertTrue(rej.reason().endsWith("unclosed quote starting here: the quoted field runs to the end of the file; line 3 "
        + "skipped, reading resumed at line 4"), rej.reason());
    assertEquals(HEADER.length() + "T1,2025-01-01,A,B,1.00,EUR\n".length(), rej.byteOffset());
  }

  @Test
  void aQuoteThatClosesOnALaterLineBeforeTextSwallowsNoRowsWhenLenient() throws IOException {
    // the stray quote on line 3 "closes" on line 5, which would swallow T3 into one malformed row
    Path f = write(HEADER + "T1,2025-01-01,A,B,1.00,EUR\nT2,2025-01-02,A,\"B,5.00,EUR\nT3,2025-01-03,C,D,2.00,EUR\n"
        + "T4,2025-01-04,\"D\",E,3.00,EUR\n");
    IngestException e = assertThrows(IngestException.class, () -> LedgerReader.read(IngestOptions.defaults(), f));
    assertTrue(e.getMessage().startsWith(f + ":3: column 'to_account', value '\"B,5.00,EUR': the quote starting here: the "
        + "quoted field closes on line 5 and is followed by text"), e.getMessage());
    LoadResult r = read(LENIENT, f);
    assertEquals(List.of("T1", "T3", "T4"), ids(r));
    assertEquals("D", r.ledger().from(2));
    assertEquals(4, r.rowsRead());
  }

  @Test
  void textAfterAClosingQuoteOnTheSameLineRejectsOnlyThatRow() throws IOException {
    Path f = write(HEADER + "T1,2025-01-01,\"A\"x,B,1.00,EUR\nT2,2025-01-02,\"A \"\"the\"\" one\",B,2.00,EUR\n");
    LoadResult r = read(IngestOptions.defaults(), f);
    assertEquals(List.of("T2"), ids(r));
    assertEquals("A \"the\" one", r.ledger().from(0));
    RejectedRow rej = r.rejects().get(0);
    assertEquals(Optional.of("from_account"), rej.column());
    assertEquals(Optional.of("\"A\"x"), rej.value());
    assertTrue(rej.reason().startsWith("text after the closing quote"), rej.reason());
  }

  @Test
  void quotesInsideUnquotedFieldsAreOrdinaryCharacters() throws IOException {
    Path f = write(HEADER + "T1,2025-01-01,A\"1,B \"x\",1.00,EUR\n");
    LoadResult r = read(IngestOptions.defaults(), f);
    assertEquals("A\"1", r.ledger().from(0));
    assertEquals("B \"x\"", r.ledger().to(0));
  }

  @Test
  void lineNumbersStayExactAfterEveryKindOfResumption() throws IOException {
    String content = HEADER
        + "T1,2025-01-01,A,B,1.00,EUR\r\n" // line 2
        + "T2,2025-01-02,\"A\r\nB\",C,bad,EUR\r\n" // lines 3-4: a quoted line break, rejected for its amount
        + "T3,2025-01-03,\"A,B,1.00,EUR\r\n" // line 5: a quote error, skipped
        + "\r\n" // line 6: blank
        + "T4,2025-01-04," + "x".repeat(300) + ",B,1.00,EUR\r" // line 7: too long, CR only
        + "T5,2025-01-05,A,B,x,EUR\n"; // line 8
    LoadResult r = read(LENIENT.withMaxLineLength(200), write(content));
    assertEquals(List.of("T1"), ids(r));
    assertEquals(List.of(3L, 5L, 7L, 8L), r.rejects().stream().map(RejectedRow::line).toList());
    assertEquals(List.of(2, 1, 1, 1), r.rejects().stream().map(RejectedRow::lines).toList());
    assertEquals(1, r.files().get(0).blankLines());
    assertEquals(5, r.rowsRead());
  }

  @Test
  void anUnclosedQuoteRunningPastTheLimitIsAQuoteErrorWhoseRestIsReadAgain() throws IOException {
    StringBuilder s = new StringBuilder(HEADER + "T0,2025-01-01,\"A,B,1.00,EUR\n");
    for (int i = 1; i <= 200; i++) {
      s.append('T').append(i).append(",2025-01-01,A,B,1.00,EUR\n");
    }
    Path f = write(s.toString());
    IngestException e = assertThrows(IngestException.class,
        () -> LedgerReader.read(IngestOptions.defaults().withMaxLineLength(1000), f));
    assertTrue(e.getMessage().contains("runs on for more than the limit of 1000 bytes"), e.getMessage());
    LoadResult r = read(LENIENT.withMaxLineLength(1000), f);
    assertEquals(200, r.rowsLoaded());
    assertEquals("T1", r.ledger().txId(0));
  }

  @Test
  void strictModeStopsAtALenientQuoteRejectLikeAtAnyOther() throws IOException {
    Path f = write(HEADER + "T1,2025-01-01,\"A,B,1.00,EUR\nT2,2025-01-02,A,B,1.00,EUR\n");
    IngestException e = assertThrows(IngestException.class, () -> LedgerReader.read(LENIENT.withStrict(true), f));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("line 2 skipped"), e.getMessage());
  }

  @Test
  void aQuoteErrorInTheHeaderEndsTheLoad() throws IOException {
    Path f = write("tx_id,\"timestamp,from_account,to_account,amount,currency\nT1,2025-01-01,A,B,1.00,EUR\n");
    IngestException e = assertThrows(IngestException.class, () -> LedgerReader.read(LENIENT, f));
    assertTrue(e.getMessage().startsWith(f + ":1: the header line has a quote"), e.getMessage());
  }
}
