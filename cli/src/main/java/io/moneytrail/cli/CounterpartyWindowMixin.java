package io.moneytrail.cli;

import java.time.Duration;
import java.util.function.BiFunction;
import picocli.CommandLine.Option;

/**
 * {@code --min-counterparties K} and {@code --window D} of fan-out, fan-in, scatter-gather and gather-scatter,
 * shared by this CLI and the Spark entry point.
 */
public final class CounterpartyWindowMixin {
  @Option(names = "--min-counterparties", paramLabel = "K",
      description = "Least number of distinct counterparties within one window. Default: 5 (fanout, fanin), 3 (scatter-gather, gather-scatter).")
  Integer minCounterparties;

  @Option(names = "--window", paramLabel = "D", converter = DurationConverter.class,
      description = "Window length, e.g. 72h, 7d, PT30M. Default: 7d (fanout, fanin), 30d (scatter-gather, gather-scatter).")
  Duration window;

  /**
   * @param options the defaults
   * @param withK the options' {@code withMinCounterparties}
   * @param withWindow the options' {@code withWindow}
   * @return the options with the given values applied
   */
  public <O> O apply(O options, BiFunction<O, Integer, O> withK, BiFunction<O, Duration, O> withWindow) {
    O o = options;
    if (minCounterparties != null) {
      o = withK.apply(o, minCounterparties);
    }
    if (window != null) {
      o = withWindow.apply(o, window);
    }
    return o;
  }
}
