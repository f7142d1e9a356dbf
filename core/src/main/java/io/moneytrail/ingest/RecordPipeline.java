package io.moneytrail.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Tokenises a CSV file on a second thread and hands the data records over in batches, each with the
 * line it starts on, so tokenising and field parsing use two cores. The header record is skipped.
 * Order is preserved: the consumer sees exactly the records a single-threaded parse would, in order.
 */
final class RecordPipeline implements AutoCloseable {
  static final int BATCH = 2048;

  /** A run of consecutive records. */
  static final class Batch {
    final CSVRecord[] records = new CSVRecord[BATCH];
    final long[] lines = new long[BATCH];
    int size;
  }

  private static final Batch END = new Batch();
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
  private final Thread thread;
  private final Reader reader;
  private volatile Throwable failure;
  private volatile boolean closed;

  RecordPipeline(Path file, Reader reader, CSVFormat format) {
    this.reader = reader;
    thread = new Thread(() -> produce(reader, format), "moneytrail-csv-" + file.getFileName());
    thread.setDaemon(true);
    thread.start();
  }

  private void produce(Reader reader, CSVFormat format) {
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      if (it.hasNext()) {
        it.next(); // header
      }
      long lineAfter = parser.getCurrentLineNumber();
      Batch batch = new Batch();
      while (!closed && it.hasNext()) {
        CSVRecord record = it.next();
        batch.records[batch.size] = record;
        batch.lines[batch.size++] = lineAfter + 1;
        lineAfter = parser.getCurrentLineNumber();
        if (batch.size == BATCH) {
          put(batch);
          batch = new Batch();
        }
      }
      if (batch.size > 0) {
        put(batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) { // an Error too: the consumer must always be told the run ended
      failure = e;
      queue.clear(); // the load fails; make room for the end marker
    } finally {
      endOfInput();
    }
  }

  /** Hands over the end marker after every batch, unless the consumer has closed the pipeline. */
  private void endOfInput() {
    boolean interrupted = false;
    while (!closed) {
      try {
        if (queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(Batch batch) throws InterruptedException {
    while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
      // wait for the consumer, unless it has gone
    }
  }

  /**
   * @return the next batch, or null at the end of the file
   * @throws IOException when reading or tokenising failed
   */
  Batch take() throws IOException {
    Batch b;
    try {
      b = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (b == END) {
      Throwable f = failure;
      if (f instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (f instanceof IOException io) {
        throw io;
      }
      if (f instanceof Error e) {
        throw e;
      }
      if (f != null) {
        throw new IOException(f.getMessage() == null ? f.toString() : f.getMessage(), f);
      }
      return null;
    }
    return b;
  }

  @Override
  public void close() {
    closed = true;
    queue.clear();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      reader.close();
    } catch (IOException e) {
      // nothing more to read; closing failures do not affect the result
    }
  }
}
