package io.moneytrail.ingest;

import io.moneytrail.ledger.Ledger;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one or more transaction CSVs into a {@link Ledger}.
 *
 * <p>Files are UTF-8 (a byte-order mark is skipped), RFC 4180 quoting (embedded delimiters, quotes
 * and line breaks), CRLF or LF line ends, and the configured delimiter. Each file's first line is
 * its header; its layout comes from the column mapping if one is given, else from the named or
 * detected {@link FormatPreset}. All files of one load must have the same layout name.
 *
 * <p>Every data row is either loaded or rejected with its reason, so {@code rowsRead = rowsLoaded +
 * rowsRejected} per file; blank lines are not rows and are counted apart. In strict mode the first
 * bad row ends the load with an {@link IngestException}.
 */
public final class LedgerReader {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerReader.class);
  private final IngestOptions options;
  private final ProgressListener progress;

  /**
   * @param options how to read
   * @param progress receives progress (use {@link ProgressListener#NONE} for none)
   */
  public LedgerReader(IngestOptions options, ProgressListener progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * Reads files with the given options and no progress reporting.
   *
   * @param options how to read
   * @param files the CSV files, loaded in this order
   * @return the ledger, rejects and counts
   * @throws IngestException when a file cannot be loaded at all (or, in strict mode, on a bad row)
   */
  public static LoadResult read(IngestOptions options, Path... files) {
    return new LedgerReader(options, ProgressListener.NONE).read(List.of(files));
  }

  /**
   * Reads the files.
   *
   * @param files the CSV files, loaded in this order; at least one
   * @return the ledger, rejects and counts
   * @throws IngestException when a file cannot be loaded at all (or, in strict mode, on a bad row)
   */
  public LoadResult read(List<Path> files) {
    if (files.isEmpty()) {
      throw new IngestException(null, 0, null, null, "no input files given");
    }
    List<Layout> layouts = new ArrayList<>();
    long totalBytes = 0;
    for (Path file : files) {
      Layout layout = layoutOf(file);
      if (!layouts.isEmpty() && !layouts.get(0).format.equals(layout.format)) {
        throw new IngestException(file, 1, null, null, "has format " + layout.format + " but " + files.get(0)
            + " has format " + layouts.get(0).format + "; load files of one format together");
      }
      layouts.add(layout);
      totalBytes += size(file);
    }
    LinkedHashSet<String> extras = new LinkedHashSet<>();
    LinkedHashSet<String> labels = new LinkedHashSet<>();
    for (Layout l : layouts) {
      extras.addAll(l.extraNames);
      labels.addAll(l.labelNames);
    }
    List<String> extraList = List.copyOf(extras);
    List<String> labelList = List.copyOf(labels);
    int expectedRows = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, totalBytes / 48));
    Ledger.Builder builder = Ledger.builder(options.scale(), extraList, labelList, expectedRows);
    List<RejectedRow> rejects = new ArrayList<>();
    List<FileStats> stats = new ArrayList<>();
    long[] rowNumber = {0};
    for (int f = 0; f < files.size(); f++) {
      stats.add(new FileLoader(files.get(f), layouts.get(f), builder, extraList, labelList, rejects, rowNumber).load());
    }
    Ledger ledger = builder.build();
    LoadResult result = new LoadResult(ledger, layouts.get(0).format, stats, rejects, layouts.get(0).txId < 0);
    LOG.debug("loaded {} rows, rejected {}", result.rowsLoaded(), result.rowsRejected());
    return result;
  }

  /**
   * Reads only a file's header and names the layout {@link #read(List)} would read it with, failing
   * as {@code read} would for that header (unreadable or empty file, blank header, undetectable
   * format, missing columns). Lets a caller that reads files apart (such as the Spark engine)
   * check every file's layout before loading any, as {@code read} does.
   *
   * @param file the CSV file
   * @return the {@code --format} name of its layout ({@code custom} for a column mapping)
   * @throws IngestException when the file's header cannot be read with these options
   */
  public String format(Path file) {
    return layoutOf(file).format;
  }

  private long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new IngestException(file, "cannot read file: " + describe(e), e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private CSVFormat csvFormat() {
    return CSVFormat.RFC4180.builder().setDelimiter(options.delimiter()).setIgnoreEmptyLines(false).get();
  }

  private Layout layoutOf(Path file) {
    List<String> header;
    try (Reader reader = open(file, null); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(csvFormat()).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        throw new IngestException(file, 0, null, null, "file is empty (expected a header line and data rows)");
      }
      header = it.next().toList();
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new IngestException(file, "cannot read file: " + describe(io), io);
    }
    if (header.size() == 1 && header.get(0).isBlank()) {
      throw new IngestException(file, 1, null, null, "the header line is blank");
    }
    if (options.mapping().isPresent()) {
      return Layout.forMapping(options.mapping().get(), header, file);
    }
    if (!options.format().equals(IngestOptions.AUTO)) {
      return Layout.forPreset(FormatPreset.byName(options.format()).orElseThrow(), header, file);
    }
    Optional<FormatPreset> preset = FormatPreset.detect(header);
    if (preset.isEmpty()) {
      throw new IngestException(file, 1, null, null, "cannot detect the format from the header (" + String.join(",", header)
          + "); give --format moneytrail|amlworld|amlsim|paysim or a column mapping with --map");
    }
    return Layout.forPreset(preset.get(), header, file);
  }

  private Reader open(Path file, CountingInputStream[] counter) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (counter != null) {
      counter[0] = new CountingInputStream(in);
      in = counter[0];
    }
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /** Loads the data rows of one file into the shared builder. */
  private final class FileLoader {
    private final Path file;
    private final Layout layout;
    private final Ledger.Builder builder;
    private final List<RejectedRow> rejects;
    private final long[] rowNumber;
    private final int[] extraTarget;
    private final int[] labelTarget;
    private final int cells;
    private final AmountParser amounts = new AmountParser(options.scale(), options.decimalComma());
    private final TimestampParser timestamps = new TimestampParser(options.zone(), options.timestampFormat());
    private final CSVFormat format = csvFormat();
    private long read;
    private long loaded;
    private long rejected;
    private long blank;

    FileLoader(Path file, Layout layout, Ledger.Builder builder, List<String> extras, List<String> labels,
        List<RejectedRow> rejects, long[] rowNumber) {
      this.file = file;
      this.layout = layout;
      this.builder = builder;
      this.rejects = rejects;
      this.rowNumber = rowNumber;
      this.cells = extras.size() + labels.size();
      extraTarget = new int[layout.extraNames.size()];
      for (int i = 0; i < extraTarget.length; i++) {
        extraTarget[i] = extras.indexOf(layout.extraNames.get(i));
      }
      labelTarget = new int[layout.labelNames.size()];
      for (int i = 0; i < labelTarget.length; i++) {
        labelTarget[i] = extras.size() + labels.indexOf(layout.labelNames.get(i));
      }
    }

    FileStats load() {
      long total = size(file);
      CountingInputStream[] counter = new CountingInputStream[1];
      Reader reader;
      try {
        reader = open(file, counter);
      } catch (IOException e) {
        throw new IngestException(file, "cannot read file: " + describe(e), e);
      }
      progress.progress(file, 0, total);
      RecordPipeline pipeline = new RecordPipeline(file, reader, format);
      try {
        long nextReport = 1 << 20;
        for (RecordPipeline.Batch batch = pipeline.take(); batch != null; batch = pipeline.take()) {
          for (int i = 0; i < batch.size; i++) {
            CSVRecord record = batch.records[i];
            if (record.size() == 1 && record.get(0).isEmpty()) {
              blank++;
              continue;
            }
            read++;
            rowNumber[0]++;
            row(record, batch.lines[i]);
          }
          long count = counter[0].count;
          if (count >= nextReport) {
            progress.progress(file, count, total);
            nextReport = count + Math.max(1 << 20, total / 200);
          }
        }
      } catch (IOException e) {
        throw new IngestException(file, "cannot read file: " + describe(e), e);
      } finally {
        pipeline.close();
      }
      progress.progress(file, total, total);
      if (read == 0) {
        throw new IngestException(file, 0, null, null, "file has a header but no data rows");
      }
      return new FileStats(file, layout.format, total, read, loaded, rejected, blank);
    }

    private void row(CSVRecord record, long line) {
      if (record.size() != layout.header.size()) {
        reject(record, line, -1, null, "row has " + record.size() + " fields, the header has " + layout.header.size());
        return;
      }
      int column = -1;
      try {
        column = layout.timestamp;
        String timeText = required(record, column);
        long millis = layout.paysimStep ? paysimTime(timeText) : timestamps.parse(timeText);
        column = layout.from;
        String from = account(record, layout.fromBank, column);
        column = layout.to;
        String to = account(record, layout.toBank, column);
        column = layout.amount;
        long amount = amounts.parse(required(record, column));
        String currency = options.defaultCurrency();
        if (layout.currency >= 0) {
          column = layout.currency;
          currency = required(record, column);
        }
        String id;
        if (layout.txId >= 0) {
          column = layout.txId;
          id = required(record, column);
        } else {
          id = Long.toString(rowNumber[0]);
        }
        String[] extra = null;
        if (cells > 0) {
          extra = new String[cells];
          for (int i = 0; i < extraTarget.length; i++) {
            extra[extraTarget[i]] = record.get(layout.extraColumns.get(i)).trim();
          }
          for (int i = 0; i < labelTarget.length; i++) {
            extra[labelTarget[i]] = record.get(layout.labelColumns.get(i)).trim();
          }
        }
        builder.add(id, millis, from, to, amount, currency, extra);
        loaded++;
      } catch (BadCell bad) {
        int at = bad.column() >= 0 ? bad.column() : column;
        reject(record, line, at, record.get(at), bad.getMessage());
      }
    }

    private String required(CSVRecord record, int column) throws BadCell {
      String value = record.get(column).trim();
      if (value.isEmpty()) {
        throw new BadCell("required field is empty");
      }
      return value;
    }

    private String account(CSVRecord record, int bankColumn, int column) throws BadCell {
      String account = required(record, column);
      if (layout.compositeAccounts) {
        String bank = record.get(bankColumn).trim();
        if (bank.isEmpty()) {
          throw new BadCell("required field is empty (the bank of account " + account + ")", bankColumn);
        }
        return bank + ":" + account;
      }
      return account;
    }

    private long paysimTime(String step) throws BadCell {
      long hours;
      try {
        hours = Long.parseLong(step);
      } catch (NumberFormatException e) {
        throw new BadCell("step is not a whole number of hours");
      }
      if (hours < 0 || hours > 24L * 366 * 10_000) {
        throw new BadCell("step is out of range");
      }
      return options.startTime().toEpochMilli() + hours * 3_600_000L;
    }

    private void reject(CSVRecord record, long line, int column, String value, String reason) {
      String columnName = column >= 0 ? layout.columnName(column) : null;
      if (options.strict()) {
        throw new IngestException(file, line, columnName, value, reason);
      }
      rejected++;
      rejects.add(new RejectedRow(file, line, Optional.ofNullable(columnName), Optional.ofNullable(value), reason,
          format.format(record.values())));
    }
  }

  /** Counts bytes for progress reporting. */
  private static final class CountingInputStream extends FilterInputStream {
    volatile long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
