package io.moneytrail.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link RowScanner} over a file on a second thread and hands the data rows over in
 * {@link RowBatch batches}, so that splitting and decoding rows and reading their fields use two
 * cores. The header row is skipped. Order is preserved: the consumer sees exactly the rows a
 * single-threaded scan would, in order. At most {@value #QUEUE} batches wait at a time and loaded
 * batches are reused, so memory stays bounded by the scanner's limits and reading works in a fixed
 * set of buffers.
 */
final class RecordPipeline implements AutoCloseable {
  static final int QUEUE = 8;

  private static final RowBatch END = new RowBatch(java.nio.charset.StandardCharsets.UTF_8);
  private final BlockingQueue<RowBatch> queue = new ArrayBlockingQueue<>(QUEUE);
  private final BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(QUEUE + 2); // loaded batches, for reuse
  private RowBatch taken; // the batch the consumer holds
  private final Thread thread;
  private final InputStream in;
  private final RowScanner scanner;
  private volatile Throwable failure;
  private volatile boolean closed;

  /**
   * @param file for the thread's name
   * @param in the file's bytes (closed by {@link #close()})
   * @param scanner a scanner over {@code in}, before its first row
   */
  RecordPipeline(Path file, InputStream in, RowScanner scanner) {
    this.in = in;
    this.scanner = scanner;
    thread = new Thread(() -> produce(scanner), "moneytrail-csv-" + file.getFileName());
    thread.setDaemon(true);
    thread.start();
  }

  private void produce(RowScanner scanner) {
    try {
      java.nio.charset.Charset charset = scanner.encoding().charset;
      RowBatch header = new RowBatch(charset);
      boolean more = scanner.next(header);
      while (more && !closed) {
        RowBatch batch = free.poll();
        if (batch == null) {
          batch = new RowBatch(charset);
        } else {
          batch.clear();
        }
        scanner.newBatch();
        while (!scanner.batchFull(batch) && (more = scanner.next(batch)) && !scanner.skipPending()) {
          // fill the batch; hand it over before reading past an over-long line, which may never end
        }
        if (batch.size > 0) {
          put(batch);
        }
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

  private void put(RowBatch batch) throws InterruptedException {
    while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
      // wait for the consumer, unless it has gone
    }
  }

  /**
   * Takes the next batch; the one taken before is reused from then on, so the caller must be done
   * with it.
   *
   * @return the next batch, or null at the end of the file
   * @throws IOException when reading failed
   * @throws IngestException when the scanner found the file unreadable (a byte-order mark that
   *     contradicts the encoding)
   */
  RowBatch take() throws IOException {
    if (taken != null) {
      free.offer(taken);
      taken = null;
    }
    RowBatch b;
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
      if (f instanceof IngestException ie) {
        throw ie;
      }
      if (f instanceof Error e) {
        throw e;
      }
      if (f != null) {
        throw new IOException(f.getMessage() == null ? f.toString() : f.getMessage(), f);
      }
      return null;
    }
    taken = b;
    return b;
  }

  @Override
  public void close() {
    closed = true;
    scanner.cancel();
    queue.clear();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to read; closing failures do not affect the result
    }
  }
}
