package io.moneytrail.report.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.patterns.FanOptions;
import io.moneytrail.analysis.patterns.GatherScatterOptions;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.ScatterGatherOptions;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.analysis.roles.RoleOptions;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The options of every detector an {@link Analysis} runs, plus role thresholds and report size.
 * Immutable; start from {@link #defaults()} and override with the withers or
 * {@link #overriddenBy(String)} (a settings file).
 *
 * @param cycles temporal cycle search
 * @param fanOut fan-out bursts
 * @param fanIn fan-in bursts
 * @param scatterGather scatter-gather bursts
 * @param gatherScatter gather-scatter bursts
 * @param mules pass-through accounts
 * @param structuring payments just under a threshold
 * @param roles account role thresholds
 * @param topCases how many cases the HTML report shows in full (1 to 10,000; default 10); the rest
 *     are listed. Machine-readable outputs always hold every case.
 */
public record AnalysisSettings(CycleOptions cycles, FanOptions fanOut, FanOptions fanIn,
    ScatterGatherOptions scatterGather, GatherScatterOptions gatherScatter, MuleOptions mules,
    StructuringOptions structuring, RoleOptions roles, int topCases) {

  /** Checks every part is present and {@code topCases} is in range. */
  public AnalysisSettings {
    Objects.requireNonNull(cycles, "cycles");
    Objects.requireNonNull(fanOut, "fanOut");
    Objects.requireNonNull(fanIn, "fanIn");
    Objects.requireNonNull(scatterGather, "scatterGather");
    Objects.requireNonNull(gatherScatter, "gatherScatter");
    Objects.requireNonNull(mules, "mules");
    Objects.requireNonNull(structuring, "structuring");
    Objects.requireNonNull(roles, "roles");
    if (topCases < 1 || topCases > 10_000) {
      throw new IllegalArgumentException("topCases must be between 1 and 10000, was " + topCases);
    }
  }

  /** @return every detector's and the role rules' own defaults, and the top 10 cases shown in full */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(CycleOptions.defaults(), FanOptions.defaults(), FanOptions.defaults(),
        ScatterGatherOptions.defaults(), GatherScatterOptions.defaults(), MuleOptions.defaults(),
        StructuringOptions.defaults(), RoleOptions.defaults(), 10);
  }

  /** @param v cycle options @return a copy with them */
  public AnalysisSettings withCycles(CycleOptions v) {
    return new AnalysisSettings(v, fanOut, fanIn, scatterGather, gatherScatter, mules, structuring, roles, topCases);
  }

  /** @param v fan-out options @return a copy with them */
  public AnalysisSettings withFanOut(FanOptions v) {
    return new AnalysisSettings(cycles, v, fanIn, scatterGather, gatherScatter, mules, structuring, roles, topCases);
  }

  /** @param v fan-in options @return a copy with them */
  public AnalysisSettings withFanIn(FanOptions v) {
    return new AnalysisSettings(cycles, fanOut, v, scatterGather, gatherScatter, mules, structuring, roles, topCases);
  }

  /** @param v scatter-gather options @return a copy with them */
  public AnalysisSettings withScatterGather(ScatterGatherOptions v) {
    return new AnalysisSettings(cycles, fanOut, fanIn, v, gatherScatter, mules, structuring, roles, topCases);
  }

  /** @param v gather-scatter options @return a copy with them */
  public AnalysisSettings withGatherScatter(GatherScatterOptions v) {
    return new AnalysisSettings(cycles, fanOut, fanIn, scatterGather, v, mules, structuring, roles, topCases);
  }

  /** @param v mule options @return a copy with them */
  public AnalysisSettings withMules(MuleOptions v) {
    return new AnalysisSettings(cycles, fanOut, fanIn, scatterGather, gatherScatter, v, structuring, roles, topCases);
  }

  /** @param v structuring options @return a copy with them */
  public AnalysisSettings withStructuring(StructuringOptions v) {
    return new AnalysisSettings(cycles, fanOut, fanIn, scatterGather, gatherScatter, mules, v, roles, topCases);
  }

  /** @param v role thresholds @return a copy with them */
  public AnalysisSettings withRoles(RoleOptions v) {
    return new AnalysisSettings(cycles, fanOut, fanIn, scatterGather, gatherScatter, mules, structuring, v, topCases);
  }

  /** @param v cases shown in full in the HTML report @return a copy with it */
  public AnalysisSettings withTopCases(int v) {
    return new AnalysisSettings(cycles, fanOut, fanIn, scatterGather, gatherScatter, mules, structuring, roles, v);
  }

  /**
   * The effective settings as a JSON-ready tree, for {@code findings.json} and the manifest. Money
   * and ratios are plain decimal strings, durations ISO-8601.
   *
   * @return section name to its parameters, insertion-ordered
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cycles", cycles.parameters());
    m.put("fanOut", fan(fanOut));
    m.put("fanIn", fan(fanIn));
    m.put("scatterGather", burst(scatterGather.minCounterparties(), scatterGather.window(), scatterGather.minAmount()));
    m.put("gatherScatter", burst(gatherScatter.minCounterparties(), gatherScatter.window(), gatherScatter.minAmount()));
    Map<String, Object> mu = new LinkedHashMap<>();
    mu.put("ratio", mules.ratio().toPlainString());
    mu.put("maxDelay", mules.maxDelay().toString());
    mu.put("minEpisodes", mules.minEpisodes());
    mu.put("minAmount", mules.minAmount().toPlainString());
    m.put("mules", mu);
    Map<String, Object> st = new LinkedHashMap<>();
    st.put("threshold", structuring.threshold().toPlainString());
    Map<String, String> per = new LinkedHashMap<>();
    new java.util.TreeMap<>(structuring.thresholds()).forEach((k, v) -> per.put(k, v.toPlainString()));
    st.put("thresholds", per);
    st.put("margin", structuring.margin().toPlainString());
    st.put("minCount", structuring.minCount());
    st.put("window", structuring.window().toString());
    st.put("minAmount", structuring.minAmount().toPlainString());
    m.put("structuring", st);
    Map<String, Object> ro = new LinkedHashMap<>();
    ro.put("hubMinCounterparties", roles.hubMinCounterparties());
    ro.put("hubDominance", roles.hubDominance());
    ro.put("exitMaxPassRatio", roles.exitMaxPassRatio().toPlainString());
    ro.put("victimMaxPayments", roles.victimMaxPayments());
    ro.put("victimMinShare", roles.victimMinShare().toPlainString());
    m.put("roles", ro);
    m.put("topCases", topCases);
    return m;
  }

  private static Map<String, Object> fan(FanOptions f) {
    return burst(f.minCounterparties(), f.window(), f.minAmount());
  }

  private static Map<String, Object> burst(int k, Duration window, BigDecimal minAmount) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("minCounterparties", k);
    m.put("window", window.toString());
    m.put("minAmount", minAmount.toPlainString());
    return m;
  }

  /**
   * Applies a settings document (JSON) over these settings. The document has the sections and keys
   * of {@link #toJsonTree()}; every key is optional. Durations are ISO-8601 ({@code PT72H}) or a
   * number with unit {@code ms}, {@code s}, {@code m}, {@code h}, {@code d} ({@code 72h}); amounts
   * and ratios are decimal strings or numbers, read exactly. Example:
   * {@code {"fanIn": {"minCounterparties": 4, "window": "3d"}, "mules": {"ratio": "0.9"}}}.
   *
   * @param json the document
   * @return the settings with the document's values
   * @throws IllegalArgumentException naming the section and key of an unknown key or a bad value
   */
  public AnalysisSettings overriddenBy(String json) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("settings: not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("settings: the document must be a JSON object");
    }
    AnalysisSettings s = this;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String section = e.getKey();
      JsonNode node = e.getValue();
      try {
        s = s.apply(section, node);
      } catch (IllegalArgumentException ex) {
        throw ex.getMessage() != null && ex.getMessage().startsWith("settings:") ? ex
            : new IllegalArgumentException("settings: " + section + ": " + ex.getMessage(), ex);
      }
    }
    return s;
  }

  private AnalysisSettings apply(String section, JsonNode node) {
    if (section.equals("topCases")) {
      return withTopCases(integer(node, "topCases"));
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("settings: " + section + " must be an object");
    }
    Sect n = new Sect(section, node);
    switch (section) {
      case "cycles" -> {
        n.allow("mode", "maxLength", "window", "strictTime", "minAmount", "maxLoss", "maxGain", "maxResults");
        CycleOptions c = cycles;
        if (n.has("mode")) {
          String mode = n.text("mode");
          if (!mode.equals("temporal") && !mode.equals("static")) {
            throw new IllegalArgumentException("settings: cycles.mode must be temporal or static, was " + mode);
          }
          c = c.withIgnoreTime(mode.equals("static"));
        }
        if (n.has("maxLength")) {
          c = c.withMaxLength(n.integer("maxLength"));
        }
        if (n.has("window")) {
          c = c.withWindow(n.duration("window"));
        }
        if (n.has("strictTime")) {
          c = c.withStrictTime(n.bool("strictTime"));
        }
        if (n.has("minAmount")) {
          c = c.withMinAmount(n.decimal("minAmount"));
        }
        if (n.has("maxLoss")) {
          c = c.withMaxLoss(n.decimal("maxLoss"));
        }
        if (n.has("maxGain")) {
          c = c.withMaxGain(n.decimal("maxGain"));
        }
        if (n.has("maxResults")) {
          c = c.withMaxResults(n.integer("maxResults"));
        }
        return withCycles(c);
      }
      case "fanOut", "fanIn" -> {
        n.allow("minCounterparties", "window", "minAmount");
        FanOptions f = section.equals("fanOut") ? fanOut : fanIn;
        if (n.has("minCounterparties")) {
          f = f.withMinCounterparties(n.integer("minCounterparties"));
        }
        if (n.has("window")) {
          f = f.withWindow(n.duration("window"));
        }
        if (n.has("minAmount")) {
          f = f.withMinAmount(n.decimal("minAmount"));
        }
        return section.equals("fanOut") ? withFanOut(f) : withFanIn(f);
      }
      case "scatterGather" -> {
        n.allow("minCounterparties", "window", "minAmount");
        ScatterGatherOptions o = scatterGather;
        if (n.has("minCounterparties")) {
          o = o.withMinCounterparties(n.integer("minCounterparties"));
        }
        if (n.has("window")) {
          o = o.withWindow(n.duration("window"));
        }
        if (n.has("minAmount")) {
          o = o.withMinAmount(n.decimal("minAmount"));
        }
        return withScatterGather(o);
      }
      case "gatherScatter" -> {
        n.allow("minCounterparties", "window", "minAmount");
        GatherScatterOptions o = gatherScatter;
        if (n.has("minCounterparties")) {
          o = o.withMinCounterparties(n.integer("minCounterparties"));
        }
        if (n.has("window")) {
          o = o.withWindow(n.duration("window"));
        }
        if (n.has("minAmount")) {
          o = o.withMinAmount(n.decimal("minAmount"));
        }
        return withGatherScatter(o);
      }
      case "mules" -> {
        n.allow("ratio", "maxDelay", "minEpisodes", "minAmount");
        MuleOptions o = mules;
        if (n.has("ratio")) {
          o = o.withRatio(n.decimal("ratio"));
        }
        if (n.has("maxDelay")) {
          o = o.withMaxDelay(n.duration("maxDelay"));
        }
        if (n.has("minEpisodes")) {
          o = o.withMinEpisodes(n.integer("minEpisodes"));
        }
        if (n.has("minAmount")) {
          o = o.withMinAmount(n.decimal("minAmount"));
        }
        return withMules(o);
      }
      case "structuring" -> {
        n.allow("threshold", "thresholds", "margin", "minCount", "window", "minAmount");
        StructuringOptions o = structuring;
        if (n.has("threshold")) {
          o = o.withThreshold(n.decimal("threshold"));
        }
        if (n.has("thresholds")) {
          JsonNode t = node.get("thresholds");
          if (!t.isObject()) {
            throw new IllegalArgumentException("settings: structuring.thresholds must be an object of currency to amount");
          }
          for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            o = o.withThreshold(e.getKey(), decimal(e.getValue(), "structuring.thresholds." + e.getKey()));
          }
        }
        if (n.has("margin")) {
          o = o.withMargin(n.decimal("margin"));
        }
        if (n.has("minCount")) {
          o = o.withMinCount(n.integer("minCount"));
        }
        if (n.has("window")) {
          o = o.withWindow(n.duration("window"));
        }
        if (n.has("minAmount")) {
          o = o.withMinAmount(n.decimal("minAmount"));
        }
        return withStructuring(o);
      }
      case "roles" -> {
        n.allow("hubMinCounterparties", "hubDominance", "exitMaxPassRatio", "victimMaxPayments", "victimMinShare");
        RoleOptions o = roles;
        if (n.has("hubMinCounterparties")) {
          o = o.withHubMinCounterparties(n.integer("hubMinCounterparties"));
        }
        if (n.has("hubDominance")) {
          o = o.withHubDominance(n.integer("hubDominance"));
        }
        if (n.has("exitMaxPassRatio")) {
          o = o.withExitMaxPassRatio(n.decimal("exitMaxPassRatio"));
        }
        if (n.has("victimMaxPayments")) {
          o = o.withVictimMaxPayments(n.integer("victimMaxPayments"));
        }
        if (n.has("victimMinShare")) {
          o = o.withVictimMinShare(n.decimal("victimMinShare"));
        }
        return withRoles(o);
      }
      default -> throw new IllegalArgumentException("settings: unknown section '" + section
          + "' (known: cycles, fanOut, fanIn, scatterGather, gatherScatter, mules, structuring, roles, topCases)");
    }
  }

  /** One section of a settings document. */
  private record Sect(String name, JsonNode node) {
    void allow(String... keys) {
      Set<String> ok = Set.of(keys);
      for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
        String k = it.next();
        if (!ok.contains(k)) {
          throw new IllegalArgumentException("settings: unknown key '" + name + "." + k + "'");
        }
      }
    }

    boolean has(String key) {
      return node.has(key);
    }

    int integer(String key) {
      return AnalysisSettings.integer(node.get(key), name + "." + key);
    }

    boolean bool(String key) {
      JsonNode v = node.get(key);
      if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
        return v.textValue().equals("true");
      }
      if (!v.isBoolean()) {
        throw new IllegalArgumentException("settings: " + name + "." + key + " must be true or false, was " + v);
      }
      return v.booleanValue();
    }

    String text(String key) {
      JsonNode v = node.get(key);
      if (!v.isTextual()) {
        throw new IllegalArgumentException("settings: " + name + "." + key + " must be a string, was " + v);
      }
      return v.textValue();
    }

    BigDecimal decimal(String key) {
      return AnalysisSettings.decimal(node.get(key), name + "." + key);
    }

    Duration duration(String key) {
      String s = node.get(key).asText();
      Optional<Duration> d = parseDuration(s);
      return d.orElseThrow(() -> new IllegalArgumentException("settings: " + name + "." + key
          + " must be a duration such as 72h, 7d, 30m or PT72H, was '" + s + "'"));
    }
  }

  private static int integer(JsonNode v, String where) {
    if (v.isTextual() && v.textValue().trim().matches("-?\\d{1,9}")) {
      return Integer.parseInt(v.textValue().trim());
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new IllegalArgumentException("settings: " + where + " must be a whole number, was " + v);
    }
    return v.intValue();
  }

  private static BigDecimal decimal(JsonNode v, String where) {
    try {
      if (v.isTextual()) {
        return new BigDecimal(v.textValue().trim());
      }
      if (v.isNumber()) {
        return new BigDecimal(v.asText());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("settings: " + where + " must be a decimal number, was " + v);
  }

  /**
   * @param s ISO-8601 duration or number with unit ms, s, m, h, d
   * @return the duration, or empty when the text is not one
   */
  static Optional<Duration> parseDuration(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Optional.of(Duration.parse(s.trim().toUpperCase(Locale.ROOT)));
      }
      String[] units = {"ms", "s", "m", "h", "d"};
      for (String u : units) {
        if (t.endsWith(u) && t.length() > u.length() && (!u.equals("s") || !t.endsWith("ms"))) {
          long n = Long.parseLong(t.substring(0, t.length() - u.length()));
          return Optional.of(switch (u) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          });
        }
      }
    } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
