package io.moneytrail.analysis.cycles;

import io.moneytrail.graph.TemporalIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@link Searcher} over every start transaction, in parallel, with a deterministic result.
 *
 * <p>Start transactions (all rows except self-transfers and, with minAmount, hops below it) are
 * taken in time order and cut into chunks that never split a run of equal timestamps. Since a
 * cycle's start time is its first transaction's time, every cycle of a chunk sorts before every
 * cycle of a later chunk. Workers take chunks in increasing order; each chunk's cycles are sorted
 * and cut to {@code maxResults + 1}. As soon as the completed prefix of chunks holds more than
 * {@code maxResults} cycles, later chunks are skipped: the first {@code maxResults} of the full
 * order are all in that prefix. The result is the same for any number of threads.
 */
final class TemporalSearch {
  static final int DEFAULT_CHUNK = 256;
  /**
   * Forward nodes a start may use with the cheap closing bounds before it is searched again with
   * the exact hop-by-hop bounds; see {@link Searcher}.
   */
  static final long DEFAULT_NODE_BUDGET = 256;

  private final TemporalIndex ix;
  private final CycleOptions options;
  private final AmountRules rules;
  private final int limit;
  private final int chunkSize;
  private final Comparator<Found> order;

  private final long nodeBudget;

  TemporalSearch(TemporalIndex ix, CycleOptions options, int chunkSize, long nodeBudget) {
    this.nodeBudget = nodeBudget;
    this.ix = ix;
    this.options = options;
    this.rules = new AmountRules(options, ix.ledger().scale());
    this.limit = options.maxResults() + 1;
    this.chunkSize = chunkSize;
    this.order = Found.order(ix);
  }

  /** @return up to {@code maxResults + 1} cycles, sorted; more than maxResults means truncated */
  List<Found> run() throws InterruptedException {
    int[] starts = startOrder();
    int[] chunkEnds = chunkEnds(starts);
    int chunks = chunkEnds.length;
    Tracker tracker = new Tracker(chunks, limit);
    int threads = options.threads() == 0 ? Runtime.getRuntime().availableProcessors() : options.threads();
    threads = Math.max(1, Math.min(threads, chunks));
    AtomicInteger next = new AtomicInteger();
    Adjacency adj = new Adjacency(ix);
    Runnable worker = () -> {
      Searcher searcher = new Searcher(ix, adj, options, rules, nodeBudget);
      for (int c = next.getAndIncrement(); c < tracker.stop(); c = next.getAndIncrement()) {
        Collector out = new Collector(limit, order);
        for (int i = c == 0 ? 0 : chunkEnds[c - 1]; i < chunkEnds[c]; i++) {
          searcher.search(starts[i], out);
        }
        tracker.complete(c, out.sorted());
      }
    };
    if (threads == 1) {
      worker.run();
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "moneytrail-cycles");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          futures.add(pool.submit(worker));
        }
        for (Future<?> f : futures) {
          try {
            f.get();
          } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
              throw re;
            }
            if (cause instanceof Error err) {
              throw err;
            }
            throw new IllegalStateException(cause);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
    return tracker.prefix();
  }

  private int[] startOrder() {
    int m = ix.size();
    int[] starts = new int[m];
    int count = 0;
    for (int p = 0; p < m; p++) {
      int row = ix.byTime(p);
      if (ix.from(row) != ix.to(row) && rules.hopOk(ix.amount(row))) {
        starts[count++] = row;
      }
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  private int[] chunkEnds(int[] starts) {
    List<Integer> ends = new ArrayList<>();
    int i = 0;
    while (i < starts.length) {
      int j = Math.min(starts.length, i + chunkSize);
      while (j < starts.length && ix.time(starts[j]) == ix.time(starts[j - 1])) {
        j++;
      }
      ends.add(j);
      i = j;
    }
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Collects chunk results and knows when the completed prefix is enough. */
  private static final class Tracker {
    private final List<List<Found>> results;
    private final boolean[] done;
    private int prefix;
    private long prefixCount;
    private volatile int stop;

    private final int limit;

    Tracker(int chunks, int limit) {
      results = new ArrayList<>(java.util.Collections.nCopies(chunks, null));
      done = new boolean[chunks];
      stop = chunks;
      this.limit = limit;
    }

    int stop() {
      return stop;
    }

    synchronized void complete(int chunk, List<Found> found) {
      results.set(chunk, found);
      done[chunk] = true;
      while (prefix < done.length && prefix < stop && done[prefix]) {
        prefixCount += results.get(prefix).size();
        prefix++;
        if (prefixCount >= limit) {
          stop = prefix;
        }
      }
    }

    synchronized List<Found> prefix() {
      List<Found> all = new ArrayList<>();
      for (int c = 0; c < stop && all.size() < limit; c++) {
        all.addAll(results.get(c));
      }
      return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }
  }
}
