package io.moneytrail.analysis.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.moneytrail.analysis.Checks;
import io.moneytrail.analysis.DetectorOptions;
import io.moneytrail.analysis.Durations;
import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.Setting;
import io.moneytrail.analysis.Trees;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Options of the structuring detector ({@link StructuringDetector}).
 *
 * @param threshold T: the reporting threshold in major units, used for every currency without an
 *     entry in {@code thresholds}; positive; default 10,000
 * @param thresholds per-currency thresholds (currency code to major units), overriding
 *     {@code threshold}; each positive; default none
 * @param margin the band below the threshold, as a fraction: amounts in
 *     {@code [T * (1 - margin), T)} count; in [0, 1); default 0.10 (10 %)
 * @param minCount n: the least number of such payments within one window; at least 1; default 3
 * @param window w: the window length; not negative; default 7 days
 * @param minAmount the least amount of a payment that counts, in major units (exact); not negative;
 *     default 0
 */
public record StructuringOptions(BigDecimal threshold, Map<String, BigDecimal> thresholds, BigDecimal margin,
    int minCount, Duration window, BigDecimal minAmount) implements DetectorOptions {

  /**
   * The settings, with their command-line flags. {@code --threshold} takes {@code 10000} (every
   * currency) or {@code EUR=10000} (one currency) and may be repeated; in a settings document the
   * per-currency thresholds are the object {@code thresholds} ({@code {"EUR": "10000"}}).
   */
  public static final List<Setting<StructuringOptions>> SETTINGS = List.of(
      Setting.custom("threshold", "--threshold", "T",
          "Reporting threshold in major units, for every currency (10000) or for one currency (EUR=10000); repeatable.",
          true, StructuringOptions::readThreshold, o -> Trees.plain(o.threshold())),
      Setting.custom("thresholds", null, "", "Per-currency thresholds, currency code to amount.", false,
          StructuringOptions::readThresholds, StructuringOptions::writeThresholds),
      Setting.decimal("margin", "--margin", "P",
          "The band below the threshold that counts, as a fraction or percentage (0.1 or 10%).",
          StructuringOptions::margin, StructuringOptions::withMargin),
      Setting.wholeNumber("minCount", "--min-count", "N", "Least number of such payments within the window.",
          StructuringOptions::minCount, StructuringOptions::withMinCount),
      Setting.duration("window", "--window", "D", "Window length, e.g. 7d, 72h.", StructuringOptions::window,
          StructuringOptions::withWindow),
      Setting.decimal("minAmount", "--min-amount", "X", "Ignore payments below X (in each payment's own currency).",
          StructuringOptions::minAmount, StructuringOptions::withMinAmount));

  /** Validates every option and copies the map (sorted by currency code, unmodifiable). */
  public StructuringOptions {
    Checks.positive("threshold", threshold);
    Checks.present("thresholds", thresholds);
    TreeMap<String, BigDecimal> copy = new TreeMap<>();
    thresholds.forEach((code, value) -> {
      if (code == null || code.isEmpty()) {
        throw new OptionException("thresholds", "", "must not have an empty currency code");
      }
      Checks.positive("thresholds." + code, value);
      copy.put(code, Checks.canonical(value));
    });
    thresholds = java.util.Collections.unmodifiableSortedMap(copy);
    Checks.present("margin", margin);
    if (margin.signum() < 0 || margin.compareTo(BigDecimal.ONE) >= 0) {
      throw new OptionException("margin", margin.toPlainString(), "must be at least 0 and less than 1, was "
          + margin.toPlainString());
    }
    Checks.atLeast("minCount", minCount, 1);
    Durations.window("window", window);
    minAmount = Checks.canonical(Checks.nonNegative("minAmount", minAmount));
    margin = Checks.canonical(margin);
    threshold = Checks.canonical(threshold);
  }

  private static StructuringOptions readThreshold(StructuringOptions o, String key, JsonNode value) {
    String text = value.isTextual() ? value.textValue().trim() : value.asText();
    int eq = text.indexOf('=');
    if (eq < 0) {
      return o.withThreshold(Setting.decimal(key, value));
    }
    String code = text.substring(0, eq).trim().toUpperCase(Locale.ROOT);
    try {
      return o.withThreshold(code, Setting.decimal(key, TextNode.valueOf(text.substring(eq + 1))));
    } catch (OptionException e) {
      // the per-currency form names the threshold setting, with its currency in the value
      throw new OptionException(key, text, e.reason() + " (for " + code + ")", e);
    }
  }

  private static StructuringOptions readThresholds(StructuringOptions o, String key, JsonNode value) {
    if (!value.isObject()) {
      throw new OptionException(key, value.toString(), "must be an object of currency code to amount, was " + value);
    }
    StructuringOptions out = o;
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      out = out.withThreshold(e.getKey(), Setting.decimal(key + "." + e.getKey(), e.getValue()));
    }
    return out;
  }

  private static Object writeThresholds(StructuringOptions o) {
    Map<String, String> m = new LinkedHashMap<>();
    o.thresholds().forEach((code, t) -> m.put(code, Trees.plain(t)));
    return m;
  }

  /** @return T = 10,000 in every currency, margin 10 %, n = 3, w = 7 days, min amount 0 */
  public static StructuringOptions defaults() {
    return new StructuringOptions(new BigDecimal("10000"), Map.of(), new BigDecimal("0.10"), 3, Duration.ofDays(7),
        BigDecimal.ZERO);
  }

  /**
   * @param currency a currency code
   * @return the threshold that applies to it, in major units
   */
  public BigDecimal thresholdFor(String currency) {
    return thresholds.getOrDefault(currency, threshold);
  }

  /**
   * @param t default threshold in major units
   * @return a copy with that threshold
   */
  public StructuringOptions withThreshold(BigDecimal t) {
    return new StructuringOptions(t, thresholds, margin, minCount, window, minAmount);
  }

  /**
   * @param currency a currency code
   * @param t its threshold in major units
   * @return a copy with that per-currency threshold added or replaced
   */
  public StructuringOptions withThreshold(String currency, BigDecimal t) {
    TreeMap<String, BigDecimal> copy = new TreeMap<>(thresholds);
    copy.put(currency, t);
    return new StructuringOptions(threshold, copy, margin, minCount, window, minAmount);
  }

  /**
   * @param m margin as a fraction
   * @return a copy with that margin
   */
  public StructuringOptions withMargin(BigDecimal m) {
    return new StructuringOptions(threshold, thresholds, m, minCount, window, minAmount);
  }

  /**
   * @param n least number of payments
   * @return a copy with that count
   */
  public StructuringOptions withMinCount(int n) {
    return new StructuringOptions(threshold, thresholds, margin, n, window, minAmount);
  }

  /**
   * @param w window length
   * @return a copy with that window
   */
  public StructuringOptions withWindow(Duration w) {
    return new StructuringOptions(threshold, thresholds, margin, minCount, w, minAmount);
  }

  /**
   * @param amount least payment amount in major units
   * @return a copy with that minimum
   */
  public StructuringOptions withMinAmount(BigDecimal amount) {
    return new StructuringOptions(threshold, thresholds, margin, minCount, window, amount);
  }
}
