package io.moneytrail.ingest;

import io.moneytrail.ledger.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one or more transaction CSVs into a {@link Ledger}.
 *
 * <p>Files are in the declared {@link IngestOptions#encoding() encoding} (UTF-8 by default; a
 * byte-order mark is skipped), with RFC 4180 quoting (embedded delimiters, doubled quotes and line
 * breaks), CRLF, LF or CR line ends, and the configured delimiter. Each file's first line is its
 * header; its layout comes from the column mapping if one is given, else from the named or detected
 * {@link FormatPreset}. All files of one load must have the same layout name.
 *
 * <p>Bytes are evidence: they are decoded strictly, and a row holding bytes that are invalid in the
 * encoding is rejected with the column and byte offset, never repaired. Cells are taken as they
 * are, except that surrounding spaces and tabs are removed; how many cells of loaded rows that
 * changed is counted per column ({@link FileStats#trimmedCells()}). Rows longer than
 * {@link IngestOptions#maxLineLength()} are rejected without being held in memory; a quote that
 * breaks the row structure ends the load unless {@link IngestOptions#lenientQuotes()}.
 *
 * <p>Every data row is either loaded or rejected with its reason, so {@code rowsRead = rowsLoaded +
 * rowsRejected} per file; blank lines are not rows and are counted apart. In strict mode the first
 * bad row ends the load with an {@link IngestException}. The same bytes and options always give the
 * same rows, rejects and order.
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

  private Layout layoutOf(Path file) {
    List<String> header = header(file);
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
      throw new IngestException(file, 1, null, null, "cannot detect the format from the header ("
          + TextEscapes.forMessage(String.join(",", header))
          + "); give --format moneytrail|amlworld|amlsim|paysim or a column mapping with --map");
    }
    return Layout.forPreset(preset.get(), header, file);
  }

  /** @return the cells of the file's first row, which must be readable in full */
  private List<String> header(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      RowScanner scanner = new RowScanner(in, file, options);
      RowBatch batch = new RowBatch(scanner.encoding().charset);
      if (!scanner.next(batch)) {
        throw new IngestException(file, 0, null, null, "file is empty (expected a header line and data rows)");
      }
      RowFault fault = batch.fault[0];
      if (fault != null) {
        throw new IngestException(file, 1, null, null, headerProblem(fault));
      }
      List<String> header = new ArrayList<>(batch.cellCount(0));
      for (int c = 0; c < batch.cellCount(0); c++) {
        header.add(batch.cell(0, c));
      }
      return header.isEmpty() ? List.of("") : header;
    } catch (IOException e) {
      throw new IngestException(file, "cannot read file: " + describe(e), e);
    }
  }

  private String headerProblem(RowFault fault) {
    String in = fault.value() == null ? "" : " (in '" + TextEscapes.forMessage(fault.value()) + "')";
    return switch (fault.kind()) {
      case INVALID_BYTES -> "the header line cannot be read: " + fault.reason() + in
          + (fault.faultOffset() == 0 && (fault.raw().startsWith("\\xFF\\xFE") || fault.raw().startsWith("\\xFE\\xFF"))
              ? " (the file starts with a UTF-16 byte-order mark: --encoding UTF-16?)" : "");
      case TOO_LONG -> "the header line is longer than the limit of " + RowScanner.size(options.maxLineLength())
          + " (--max-line-length)";
      case QUOTE -> "the header line has a quote that is not closed on that line or is followed by text" + in;
      case TEXT_AFTER_QUOTE -> "the header line has text after the closing quote of a quoted column name" + in;
    };
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
    private final int columns;
    private final AmountParser amounts = new AmountParser(options.scale(), options.decimalComma());
    private final TimestampParser timestamps = new TimestampParser(options.zone(), options.timestampFormat());
    private final long[] trimmed;
    private final long[] trimmedInRow; // per column, the row serial it was last noted for (a cell counts once)
    private long rowSerial;
    private int[] pendingTrims = new int[16];
    private int pending;
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
      this.columns = layout.header.size();
      this.trimmed = new long[columns];
      this.trimmedInRow = new long[columns];
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
      InputStream in;
      try {
        in = Files.newInputStream(file);
      } catch (IOException e) {
        throw new IngestException(file, "cannot read file: " + describe(e), e);
      }
      RowScanner scanner = new RowScanner(in, file, options);
      scanner.wanted(layout.usedColumns());
      progress.progress(file, 0, total);
      RecordPipeline pipeline = new RecordPipeline(file, in, scanner);
      try {
        long nextReport = 1 << 20;
        for (RowBatch batch = pipeline.take(); batch != null; batch = pipeline.take()) {
          for (int i = 0; i < batch.size; i++) {
            RowFault fault = batch.fault[i];
            if (fault == null && batch.cellCount(i) == 0) {
              blank++;
              continue;
            }
            read++;
            rowNumber[0]++;
            if (fault != null) {
              faulty(batch, i, fault);
            } else {
              row(batch, i);
            }
          }
          long count = scanner.bytesRead();
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
      Map<String, Long> trims = new LinkedHashMap<>();
      for (int c = 0; c < columns; c++) {
        if (trimmed[c] > 0) {
          trims.merge(layout.distinctColumnName(c), trimmed[c], Long::sum);
        }
      }
      return new FileStats(file, layout.format, total, read, loaded, rejected, blank, trims);
    }

    private void faulty(RowBatch batch, int i, RowFault fault) {
      String column = fault.field() >= 0 && fault.field() < columns ? layout.columnName(fault.field()) : null;
      if (fault.fatal()) {
        throw new IngestException(file, batch.line[i], column, column == null ? null : fault.value(), fault.reason());
      }
      reject(batch, i, column, column == null ? null : fault.value(), fault.reason());
    }

    private void row(RowBatch batch, int i) {
      int n = batch.cellCount(i);
      if (n != columns) {
        reject(batch, i, null, null, "row has " + n + (n == 1 ? " field" : " fields") + ", the header has " + columns);
        return;
      }
      String[] record = batch.cells;
      int base = batch.cellStart[i];
      pending = 0;
      rowSerial++;
      int column = -1;
      try {
        column = layout.timestamp;
        String timeText = required(record[base + column], column);
        long millis = layout.paysimStep ? paysimTime(timeText) : timestamps.parse(timeText);
        column = layout.from;
        String from = account(record, base, layout.fromBank, column);
        column = layout.to;
        String to = account(record, base, layout.toBank, column);
        column = layout.amount;
        long amount = amounts.parse(required(record[base + column], column));
        String currency = options.defaultCurrency();
        if (layout.currency >= 0) {
          column = layout.currency;
          currency = required(record[base + column], column);
        }
        String id;
        if (layout.txId >= 0) {
          column = layout.txId;
          id = required(record[base + column], column);
        } else {
          id = Long.toString(rowNumber[0]);
        }
        String[] extra = null;
        if (cells > 0) {
          extra = new String[cells];
          for (int k = 0; k < extraTarget.length; k++) {
            int c = layout.extraColumns.get(k);
            extra[extraTarget[k]] = strip(record[base + c], c);
          }
          for (int k = 0; k < labelTarget.length; k++) {
            int c = layout.labelColumns.get(k);
            extra[labelTarget[k]] = strip(record[base + c], c);
          }
        }
        builder.add(id, millis, from, to, amount, currency, extra);
        loaded++;
        for (int k = 0; k < pending; k++) {
          trimmed[pendingTrims[k]]++;
        }
      } catch (BadCell bad) {
        int at = bad.column() >= 0 ? bad.column() : column;
        reject(batch, i, layout.columnName(at), record[base + at], bad.getMessage());
      }
    }

    /**
     * Removes surrounding spaces and tabs (nothing else: a NUL or a zero-width space stays part of
     * the value), noting the column when it removed any, to be counted if the row loads.
     */
    private String strip(String cell, int column) {
      String value = CellReader.strip(cell);
      if (value == cell || trimmedInRow[column] == rowSerial) {
        return value;
      }
      trimmedInRow[column] = rowSerial;
      if (pending == pendingTrims.length) {
        pendingTrims = java.util.Arrays.copyOf(pendingTrims, pending * 2);
      }
      pendingTrims[pending++] = column;
      return value;
    }

    private String required(String cell, int column) throws BadCell {
      String value = strip(cell, column);
      if (value.isEmpty()) {
        throw new BadCell("required field is empty");
      }
      return value;
    }

    private String account(String[] record, int base, int bankColumn, int column) throws BadCell {
      String account = required(record[base + column], column);
      if (layout.compositeAccounts) {
        String bank = strip(record[base + bankColumn], bankColumn);
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

    private void reject(RowBatch batch, int i, String columnName, String value, String reason) {
      long line = batch.line[i];
      if (options.strict()) {
        throw new IngestException(file, line, columnName, value, reason);
      }
      rejected++;
      rejects.add(new RejectedRow(file, line, Optional.ofNullable(columnName), Optional.ofNullable(value), reason,
          batch.raw(i), batch.offset[i], batch.lines[i]));
    }
  }

}
