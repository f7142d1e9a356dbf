package io.moneytrail.bench;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark launcher: {@code Bench NAME [ARGS...]} runs the main method of
 * {@code io.moneytrail.bench.<Name>Bench} (for example {@code ingest} runs {@link IngestBench}).
 */
public final class Bench {
  private Bench() {}

  /**
   * @param args benchmark name, then its arguments
   * @throws Exception whatever the benchmark throws
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Bench ingest|cycles|detectors|... [args]");
      System.exit(2);
    }
    String name = args[0].toLowerCase(Locale.ROOT);
    String cls = "io.moneytrail.bench." + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Bench";
    Method main = Class.forName(cls).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }
}
