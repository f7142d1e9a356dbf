package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.ledger.Ledger;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerReaderTest {
  static final Path DATA = Path.of("..", "examples", "data");
  static final String HEADER = "tx_id,timestamp,from_account,to_account,amount,currency\n";

  @TempDir
  Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  static LoadResult read(Path... files) {
    LoadResult r = LedgerReader.read(IngestOptions.defaults(), files);
    assertEquals(r.rowsRead(), r.rowsLoaded() + r.rowsRejected(), "rows read = loaded + rejected");
    assertEquals(r.rowsLoaded(), r.ledger().size());
    assertEquals(r.rowsRejected(), r.rejects().size());
    return r;
  }

  @Test
  void loadsTheCanonicalFormatWithOptionalColumns() {
    LoadResult r = read(DATA.resolve("scam-centre.csv"));
    assertEquals("moneytrail", r.format());
    assertEquals(0, r.rowsRejected());
    Ledger l = r.ledger();
    assertEquals("TX00001", l.txId(0));
    assertEquals(Instant.parse("2025-03-01T06:00:00Z"), l.timestamp(0));
    assertEquals("EMPLOYER-1", l.from(0));
    assertEquals(List.of("channel", "reference"), l.extraColumns());
    assertEquals(Optional.of("salary"), l.extra("channel", 0));
    assertTrue(l.table().columnNames().containsAll(List.of("timestamp", "from_account", "to_account", "amount", "currency", "channel")));
  }

  @Test
  void loadsAmlworldWithBankQualifiedAccountsRowNumberIdsAndLabels() {
    LoadResult r = read(DATA.resolve("amlworld-sample.csv"));
    assertEquals("amlworld", r.format());
    Ledger l = r.ledger();
    assertEquals(10, l.size());
    assertEquals("1", l.txId(0));
    assertEquals("10", l.txId(9));
    assertEquals("010:8000EBD30", l.from(0));
    assertEquals("03208:8000F4580", l.from(1));
    assertEquals("001:8000F5340", l.to(1));
    // amount = Amount Paid in Payment Currency; received amount kept as an extra
    assertEquals(135150, l.amount(7));
    assertEquals("US Dollar", l.currency(7));
    assertEquals(Optional.of("1250.00"), l.extra("amount_received", 7));
    assertEquals(Optional.of("Euro"), l.extra("receiving_currency", 7));
    assertEquals(List.of("Is Laundering"), l.labelColumns());
    assertEquals(Optional.of("1"), l.extra("Is Laundering", 7));
    assertEquals(Instant.parse("2022-09-01T00:20:00Z"), l.timestamp(0));
    assertEquals(5, l.selfTransferCount());
  }

  @Test
  void loadsAmlsimWithTheDefaultCurrency() {
    LoadResult r = read(DATA.resolve("amlsim-sample.csv"));
    assertEquals("amlsim", r.format());
    Ledger l = r.ledger();
    assertEquals("XXX", l.currency(0));
    assertEquals(42198, l.amount(0));
    assertEquals(List.of("is_sar", "alert_id"), l.labelColumns());
    assertEquals(Optional.of("7"), l.extra("alert_id", 3));
    LoadResult eur = LedgerReader.read(IngestOptions.defaults().withDefaultCurrency("EUR"), DATA.resolve("amlsim-sample.csv"));
    assertEquals("EUR", eur.ledger().currency(0));
  }

  @Test
  void loadsPaysimStepsAsHoursAfterTheStartTime() {
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    LoadResult r = LedgerReader.read(IngestOptions.defaults().withStartTime(start), DATA.resolve("paysim-sample.csv"));
    assertEquals("paysim", r.format());
    Ledger l = r.ledger();
    assertEquals(start.plusSeconds(3600), l.timestamp(0));
    assertEquals(start.plusSeconds(5 * 3600), l.timestamp(6));
    assertEquals(983964, l.amount(0));
    assertEquals(18100, l.amount(2));
    assertEquals("1", l.txId(0));
    assertEquals(Optional.of("1"), l.extra("isFraud", 2));
  }

  @Test
  void labelColumnsAreOptional() throws IOException {
    Path f = write("aml.csv", "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format\n"
        + "2022/09/01 00:20,010,A,011,B,10.00,Euro,10.00,Euro,ACH\n");
    LoadResult r = read(f);
    assertEquals("amlworld", r.format());
    assertEquals(List.of(), r.ledger().labelColumns());
  }

  @Test
  void presetCanBeForcedByName() {
    LoadResult r = LedgerReader.read(IngestOptions.defaults().withFormat("AMLSIM"), DATA.resolve("amlsim-sample.csv"));
    assertEquals("amlsim", r.format());
    IngestException e = assertThrows(IngestException.class,
        () -> LedgerReader.read(IngestOptions.defaults().withFormat("paysim"), DATA.resolve("amlsim-sample.csv")));
    assertTrue(e.getMessage().contains("missing required column(s) step"), e.getMessage());
  }

  @Test
  void loadsAnyExportThroughAMappingFile() {
    IngestOptions o = IngestOptions.defaults().withMapping(ColumnMapping.load(DATA.resolve("bank-export-de.mapping")));
    LoadResult r = LedgerReader.read(o, DATA.resolve("bank-export-de.csv"));
    assertEquals("custom", r.format());
    assertEquals(5, r.rowsRead());
    assertEquals(3, r.rowsLoaded());
    Ledger l = r.ledger();
    assertEquals(150000, l.amount(0));
    assertEquals(Instant.parse("2025-02-03T08:15:00Z"), l.timestamp(0)); // Europe/Berlin, winter time
    assertEquals(Optional.of("Rechnung 17; Teil 1"), l.extra("reference", 0));
    assertEquals(Optional.of("line one\r\nline two"), l.extra("reference", 2));
    RejectedRow date = r.rejects().get(0);
    assertEquals(4, date.line());
    assertEquals(Optional.of("Booking date"), date.column());
    assertEquals(Optional.of("31.02.2025 10:00"), date.value());
    RejectedRow negative = r.rejects().get(1);
    assertEquals(5, negative.line());
    assertEquals(Optional.of("Amount"), negative.column());
    assertTrue(negative.reason().contains("negative"));
  }

  @Test
  void inlineMappingWithoutIdUsesRowNumbers() throws IOException {
    Path f = write("x.csv", "Date|Payer|Payee|Sum\n2025-01-02|A|B|5\n2025-01-03|B|C|6\n");
    IngestOptions o = IngestOptions.defaults().withMapping(ColumnMapping.parse("timestamp=Date,from=Payer,to=Payee,amount=Sum"))
        .withDelimiter('|').withDefaultCurrency("GBP");
    Ledger l = LedgerReader.read(o, f).ledger();
    assertEquals(List.of("1", "2"), List.of(l.txId(0), l.txId(1)));
    assertEquals("GBP", l.currency(1));
  }

  @Test
  void mappingErrorsNameTheProblem() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("timestamp=D,from=A,to=B"));
    assertTrue(missing.getMessage().contains("amount"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("when=D"));
    assertTrue(unknown.getMessage().contains("unknown key 'when'"));
  }

  @Test
  void mappingNamingAbsentColumnIsAnInputError() throws IOException {
    Path f = write("x.csv", "Date,Payer,Payee,Sum\n2025-01-02,A,B,5\n");
    IngestOptions o = IngestOptions.defaults().withMapping(ColumnMapping.parse("timestamp=Date,from=Payer,to=Receiver,amount=Sum"));
    IngestException e = assertThrows(IngestException.class, () -> LedgerReader.read(o, f));
    assertTrue(e.getMessage().contains("Receiver (for to)"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "T1,2025-01-01,A,B,10.00|row has 5 fields, the header has 6|",
      "T1,2025-01-01,A,B,10.00,EUR,extra|row has 7 fields, the header has 6|",
      "T1,,A,B,10.00,EUR|required field is empty|timestamp",
      "T1,2025-01-01,,B,10.00,EUR|required field is empty|from_account",
      "T1,2025-01-01,A,,10.00,EUR|required field is empty|to_account",
      "T1,2025-01-01,A,B,,EUR|required field is empty|amount",
      "T1,2025-01-01,A,B,ten,EUR|not a number|amount",
      "T1,2025-01-01,A,B,0,EUR|greater than zero|amount",
      "T1,2025-01-01,A,B,-3.00,EUR|negative|amount",
      "T1,2025-01-01,A,B,1.005,EUR|more decimal places than the scale of 2|amount",
      "T1,2025-01-01,A,B,99999999999999999999,EUR|64-bit|amount",
      "T1,01/02/2025,A,B,1.00,EUR|ISO-8601|timestamp",
      "T1,2025-02-30,A,B,1.00,EUR|day 30 of a month with 28 days|timestamp"})
  void rejectsBadRowsWithFileLineColumnAndReason(String row, String reason, String column) throws IOException {
    Path f = write("bad.csv", HEADER + "T0,2025-01-01,A,B,1.00,EUR\n" + row + "\nT2,2025-01-02,B,C,2.00,EUR\n");
    LoadResult r = read(f);
    assertEquals(3, r.rowsRead());
    assertEquals(2, r.rowsLoaded());
    RejectedRow rej = r.rejects().get(0);
    assertEquals(f, rej.file());
    assertEquals(3, rej.line());
    assertTrue(rej.reason().contains(reason), rej.reason());
    assertEquals(Optional.ofNullable(column), rej.column());
    assertEquals(row, rej.rawText());
    assertTrue(rej.describe().startsWith(f + ":3: "), rej.describe());

    IngestException strict = assertThrows(IngestException.class, () -> LedgerReader.read(IngestOptions.defaults().withStrict(true), f));
    assertEquals(3, strict.line());
    assertEquals(Optional.of(f), strict.file());
    assertEquals(Optional.ofNullable(column), strict.column());
    assertTrue(strict.getMessage().contains(reason));
  }

  @Test
  void handlesBomCrlfQuotesEmbeddedNewlinesAndBlankLines() throws IOException {
    String content = "\uFEFFtx_id,timestamp,from_account,to_account,amount,currency,reference\r\n"
        + "T1,2025-01-01T10:00:00Z,\"Smith, John\",B,1.00,EUR,\"multi\r\nline \"\"quoted\"\"\"\r\n"
        + "\r\n"
        + "T2,2025-01-01T11:00:00Z,B,C,bad,EUR,x\r\n"
        + "T3,2025-01-01T12:00:00Z,C,D,3.00,EUR,y";
    LoadResult r = read(write("bom.csv", content));
    assertEquals("moneytrail", r.format());
    assertEquals(3, r.rowsRead());
    assertEquals(1, r.files().get(0).blankLines());
    Ledger l = r.ledger();
    assertEquals("Smith, John", l.from(0));
    assertEquals(Optional.of("multi\r\nline \"quoted\""), l.extra("reference", 0));
    assertEquals(5, r.rejects().get(0).line(), "line numbers count the embedded line break and the blank line");
    assertEquals("T3", l.txId(1));
  }

  @Test
  void totalsAreExactWhereBinaryFloatingPointIsNot() throws IOException {
    StringBuilder s = new StringBuilder(HEADER);
    for (int i = 0; i < 1000; i++) {
      s.append("T").append(i).append(",2025-01-01,A,B,0.10,EUR\n");
    }
    s.append("Tx,2025-01-01,A,B,0.20,EUR\n");
    Ledger l = read(write("cents.csv", s.toString())).ledger();
    long total = 0;
    double floating = 0;
    for (int i = 0; i < l.size(); i++) {
      total += l.amount(i);
      floating += l.amount(i) / 100.0;
    }
    assertEquals(new BigDecimal("100.20"), BigDecimal.valueOf(total, 2));
    assertFalse(floating == 100.20, "the double sum drifts, which is why money is held in minor units");
  }

  @Test
  void largerScaleHoldsCryptoAmountsExactly() throws IOException {
    Path f = write("btc.csv", HEADER + "T1,2025-01-01,A,B,0.00012345,BTC\n");
    assertEquals(1, read(f).rowsRejected());
    Ledger l = LedgerReader.read(IngestOptions.defaults().withScale(8), f).ledger();
    assertEquals(12345, l.amount(0));
    assertEquals("0.00012345", l.money(0).toDecimalString());
  }

  @Test
  void countsDuplicateIdsAndSelfTransfersWithoutDroppingThem() throws IOException {
    Path f = write("dup.csv", HEADER + "T1,2025-01-01,A,B,1,EUR\nT1,2025-01-02,B,C,1,EUR\nT2,2025-01-03,C,C,1,EUR\nT1,2025-01-04,C,A,1,EUR\n");
    Ledger l = read(f).ledger();
    assertEquals(4, l.size());
    assertEquals(2, l.duplicateIdCount());
    assertEquals(1, l.selfTransferCount());
    assertEquals(0, l.rowOf("T1").orElseThrow());
    assertEquals(2, l.rowOf("T2").orElseThrow());
  }

  @Test
  void severalFilesLoadInOrderAndCountSeparately() throws IOException {
    Path a = write("a.csv", HEADER + "T1,2025-01-01,A,B,1,EUR\n");
    Path b = write("b.csv", HEADER + "T2,2025-01-02,B,C,x,EUR\nT3,2025-01-03,C,A,2,EUR\n");
    LoadResult r = read(a, b);
    assertEquals(2, r.files().size());
    assertEquals(1, r.files().get(0).rowsLoaded());
    assertEquals(1, r.files().get(1).rowsRejected());
    assertEquals(List.of("T1", "T3"), List.of(r.ledger().txId(0), r.ledger().txId(1)));
  }

  @Test
  void wholeFileProblemsAreOneClearError() throws IOException {
    assertTrue(assertThrows(IngestException.class, () -> read(write("empty.csv", ""))).getMessage().contains("file is empty"));
    assertTrue(assertThrows(IngestException.class, () -> read(write("h.csv", HEADER))).getMessage().contains("no data rows"));
    assertTrue(assertThrows(IngestException.class, () -> read(dir.resolve("nope.csv"))).getMessage().contains("no such file"));
    IngestException unknown = assertThrows(IngestException.class, () -> read(write("u.csv", "a,b,c\n1,2,3\n")));
    assertTrue(unknown.getMessage().contains("cannot detect the format"), unknown.getMessage());
    IngestException mixed = assertThrows(IngestException.class, () -> read(DATA.resolve("scam-centre.csv"), DATA.resolve("amlsim-sample.csv")));
    assertTrue(mixed.getMessage().contains("has format amlsim"), mixed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IngestOptions.defaults().withFormat("swift"));
  }

  @Test
  void randomRowsAreEachLoadedOrRejectedNeverLost() throws IOException {
    SplittableRandom r = new SplittableRandom(11);
    String[] amounts = {"1.00", "0", "-1", "x", "2.5", "3.333", "", "7"};
    String[] times = {"2025-01-01", "2025-02-30", "", "2025-01-01T10:00:00Z", "nope"};
    for (int seed = 0; seed < 30; seed++) {
      StringBuilder s = new StringBuilder(HEADER);
      int good = 0;
      int rows = r.nextInt(1, 60);
      for (int i = 0; i < rows; i++) {
        String amount = amounts[r.nextInt(amounts.length)];
        String time = times[r.nextInt(times.length)];
        boolean short_ = r.nextInt(10) == 0;
        s.append("T").append(i).append(',').append(time).append(",A,B,").append(amount);
        if (!short_) {
          s.append(",EUR");
        }
        s.append('\n');
        boolean amountOk = amount.equals("1.00") || amount.equals("2.5") || amount.equals("7");
        boolean timeOk = time.equals("2025-01-01") || time.equals("2025-01-01T10:00:00Z");
        if (amountOk && timeOk && !short_) {
          good++;
        }
      }
      LoadResult res = read(write("r" + seed + ".csv", s.toString()));
      assertEquals(rows, res.rowsRead());
      assertEquals(good, res.rowsLoaded());
    }
  }

  @Test
  void largeFilesKeepOrderAndLineNumbersAcrossTokeniserBatches() throws IOException {
    int rows = RowBatch.MAX_ROWS * 3 + 17;
    StringBuilder s = new StringBuilder(HEADER);
    for (int i = 0; i < rows; i++) {
      boolean bad = i % 1000 == 999;
      s.append('T').append(i).append(",2025-01-01,A").append(i % 7).append(",B,").append(bad ? "oops" : "1.25").append(",EUR\n");
    }
    LoadResult r = read(write("big.csv", s.toString()));
    assertEquals(rows, r.rowsRead());
    assertEquals(rows / 1000, r.rowsRejected());
    for (RejectedRow rej : r.rejects()) {
      int i = (int) rej.line() - 2; // header on line 1
      assertEquals(999, i % 1000, "rejected row " + rej.rawText() + " reported on line " + rej.line());
      assertTrue(rej.rawText().startsWith("T" + i + ","));
    }
    Ledger l = r.ledger();
    int row = 0;
    for (int i = 0; i < rows; i++) {
      if (i % 1000 != 999) {
        assertEquals("T" + i, l.txId(row++));
      }
    }
  }

  @Test
  void hugeExponentsAreRejectedQuicklyNotComputed() throws IOException {
    Path f = write("exp.csv", HEADER + "T1,2025-01-01,A,B,1E999999999,EUR\nT2,2025-01-01,A,B,1E-999999999,EUR\n"
        + "T3,2025-01-01,A,B,1E2147483647,EUR\nT4,2025-01-01,A,B,1.5E3,EUR\n");
    LoadResult r = read(f);
    assertEquals(3, r.rowsRejected());
    assertTrue(r.rejects().get(0).reason().contains("64-bit"), r.rejects().get(0).reason());
    assertTrue(r.rejects().get(1).reason().contains("decimal places"), r.rejects().get(1).reason());
    assertEquals(150000, r.ledger().amount(0));
  }

  @Test
  void localTimesTheClocksSkipAreRejectedNotShifted() throws IOException {
    Path f = write("dst.csv", HEADER + "T1,2021-03-28 02:30,A,B,1,EUR\nT2,2021-03-28 03:30,A,B,1,EUR\n");
    LoadResult r = LedgerReader.read(IngestOptions.defaults().withZone(java.time.ZoneId.of("Europe/Berlin")), f);
    assertEquals(1, r.rowsRejected());
    assertTrue(r.rejects().get(0).reason().contains("does not exist in zone Europe/Berlin"), r.rejects().get(0).reason());
    assertEquals(Instant.parse("2021-03-28T01:30:00Z"), r.ledger().timestamp(0));
  }

  @Test
  void anEmptyBankIsReportedInTheBankColumn() throws IOException {
    Path f = write("aml.csv", "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format\n"
        + "2022/09/01 00:20,,A1,011,B,10.00,Euro,10.00,Euro,ACH\n");
    RejectedRow rej = read(f).rejects().get(0);
    assertEquals(Optional.of("From Bank"), rej.column());
    assertEquals(Optional.of(""), rej.value());
  }

  @Test
  void mappingFilesMayStartWithAByteOrderMarkAndUseATabDelimiter() throws IOException {
    Path mapping = write("m.mapping", "\uFEFFtimestamp=Date\nfrom=Payer\nto=Payee\namount=Sum\ndelimiter=\t\n");
    Path data = write("t.tsv", "Date\tPayer\tPayee\tSum\n2025-01-02\tA\tB\t5\n");
    LoadResult r = LedgerReader.read(IngestOptions.defaults().withMapping(ColumnMapping.load(mapping)), data);
    assertEquals(1, r.rowsLoaded());
    Path bad = write("bad.mapping", "timestamp=Date\nfrom=Payer\nto=Payee\namount=Sum\nscale=many\n");
    IngestException e = assertThrows(IngestException.class, () -> ColumnMapping.load(bad));
    assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
  }

  @Test
  void aTokeniserFailureEndsTheLoadInsteadOfHangingIt() throws Exception {
    java.io.InputStream failing = new java.io.InputStream() {
      int calls;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] buf, int off, int len) {
        if (calls++ == 0) {
          byte[] head = "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII);
          System.arraycopy(head, 0, buf, off, head.length);
          return head.length;
        }
        throw new OutOfMemoryError("simulated");
      }
    };
    RowScanner scanner = new RowScanner(failing, dir.resolve("x.csv"), IngestOptions.defaults());
    try (RecordPipeline p = new RecordPipeline(dir.resolve("x.csv"), failing, scanner)) {
      java.util.concurrent.Future<Object> f = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
      }).submit(() -> {
        try {
          while (p.take() != null) {
            // drain
          }
          return "ended";
        } catch (Throwable t) {
          return t;
        }
      });
      Object outcome = f.get(10, java.util.concurrent.TimeUnit.SECONDS);
      assertTrue(outcome instanceof OutOfMemoryError, String.valueOf(outcome));
    }
  }
}
