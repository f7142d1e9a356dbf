package io.moneytrail.analysis.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs a per-account search over blocks of account ids on the common fork-join pool and
 * concatenates the blocks' findings in account order, so the outcome does not depend on thread
 * scheduling (detectors then sort it with a stable sort).
 */
final class Blocks {
  private static final int MIN_BLOCK = 2_048;

  private Blocks() {}

  /** Searches accounts {@code [from, to)}, adding findings to {@code out}; allocates its own state. */
  interface Task<F> {
    void run(int from, int to, List<F> out);
  }

  static <F> List<F> run(int accounts, Task<F> task) {
    int parallelism = Math.max(1, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
    int blocks = Math.max(1, Math.min(accounts / MIN_BLOCK, parallelism * 4));
    int size = (accounts + blocks - 1) / Math.max(1, blocks);
    List<List<F>> parts = IntStream.range(0, blocks).parallel().mapToObj(b -> {
      List<F> out = new ArrayList<>();
      task.run(Math.min(accounts, b * size), Math.min(accounts, (b + 1) * size), out);
      return out;
    }).toList();
    List<F> all = new ArrayList<>();
    parts.forEach(all::addAll);
    return all;
  }
}
