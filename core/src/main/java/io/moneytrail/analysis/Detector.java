package io.moneytrail.analysis;

import io.moneytrail.analysis.cycles.Cycle;
import io.moneytrail.analysis.cycles.CycleOptions;
import io.moneytrail.analysis.cycles.TemporalCycles;
import io.moneytrail.analysis.patterns.BurstOptions;
import io.moneytrail.analysis.patterns.FanDetector;
import io.moneytrail.analysis.patterns.FanFinding;
import io.moneytrail.analysis.patterns.GatherScatterDetector;
import io.moneytrail.analysis.patterns.GatherScatterFinding;
import io.moneytrail.analysis.patterns.MuleDetector;
import io.moneytrail.analysis.patterns.MuleFinding;
import io.moneytrail.analysis.patterns.MuleOptions;
import io.moneytrail.analysis.patterns.ScatterGatherDetector;
import io.moneytrail.analysis.patterns.ScatterGatherFinding;
import io.moneytrail.analysis.patterns.StructuringDetector;
import io.moneytrail.analysis.patterns.StructuringFinding;
import io.moneytrail.analysis.patterns.StructuringOptions;
import io.moneytrail.graph.TemporalIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The detectors, with the one name each has everywhere and the one place that runs it.
 *
 * <p>{@link #id()} is the detector's name in every role: the {@code kind} of its findings in JSON
 * and CSV, the key of its findings in {@code findings.json}, its CSV file ({@code fan-in.csv}), the
 * prefix of its finding ids ({@code fan-in-3}), its command ({@code moneytrail fan-in}) and its
 * settings section ({@code {"fan-in": {"window": "3d"}}}). Older spellings ({@code fanin},
 * {@code fanIn}, {@code fan_in}) are accepted where people type them: commands, settings sections
 * and label names ({@link #byName(String)}).
 *
 * <p>Adding a detector is one constant here (its names, settings, glossary text, CSV columns and how
 * to run it and state its rule) and its package of detector, options and finding.
 */
public enum Detector {
  /** Temporal cycles: money returns to where it started, moving forward in time. */
  CYCLES("cycles", List.of("cycle"), "round trip (cycle)",
      "Money leaves an account and comes back to it through other accounts, each payment later than the previous "
          + "one, within a time window. Used to make money look like business income (e.g. invoices between shell "
          + "companies).",
      Cycle.COLUMNS, new Binding<>(CycleOptions.class, CycleOptions.defaults(), CycleOptions.SETTINGS,
          TemporalCycles::detect, TemporalCycles::rule)),
  /** One account pays many distinct accounts within a window. */
  FAN_OUT("fan-out", List.of("fanout", "fanOut", "fan_out"), "fan-out",
      "One account pays many different accounts within a short time: typical of a distributor splitting funds.",
      FanFinding.COLUMNS, new Binding<>(BurstOptions.class, BurstOptions.FAN_DEFAULTS, BurstOptions.SETTINGS,
          FanDetector::fanOut, FanDetector::fanOutRule)),
  /** One account is paid by many distinct accounts within a window. */
  FAN_IN("fan-in", List.of("fanin", "fanIn", "fan_in"), "fan-in",
      "Many different accounts pay one account within a short time: typical of a collector gathering victims' or "
          + "mules' money.",
      FanFinding.COLUMNS, new Binding<>(BurstOptions.class, BurstOptions.FAN_DEFAULTS, BurstOptions.SETTINGS,
          FanDetector::fanIn, FanDetector::fanInRule)),
  /** A source pays several intermediaries that pay one common sink. */
  SCATTER_GATHER("scatter-gather", List.of("scatterGather", "scatter_gather"), "scatter-gather",
      "A source pays several intermediaries, which pass the money on to one common destination: layering to hide "
          + "the link.",
      ScatterGatherFinding.COLUMNS, new Binding<>(BurstOptions.class, BurstOptions.LAYERING_DEFAULTS,
          BurstOptions.SETTINGS, ScatterGatherDetector::detect, ScatterGatherDetector::rule)),
  /** Several sources pay a hub that pays several sinks. */
  GATHER_SCATTER("gather-scatter", List.of("gatherScatter", "gather_scatter"), "gather-scatter",
      "Several accounts pay a hub, which pays several other accounts: money pooled and redistributed.",
      GatherScatterFinding.COLUMNS, new Binding<>(BurstOptions.class, BurstOptions.LAYERING_DEFAULTS,
          BurstOptions.SETTINGS, GatherScatterDetector::detect, GatherScatterDetector::rule)),
  /** Pass-through (mule) accounts. */
  MULES("mules", List.of("mule", "mule_chain"), "pass-through (mule)",
      "An account that repeatedly passes on most of what it receives within a short delay, keeping a small cut.",
      MuleFinding.COLUMNS, new Binding<>(MuleOptions.class, MuleOptions.defaults(), MuleOptions.SETTINGS,
          MuleDetector::detect, MuleDetector::rule)),
  /** Repeated payments just under a reporting threshold. */
  STRUCTURING("structuring", List.of(), "structuring",
      "Repeated payments just under a reporting threshold, to stay below the level that triggers a report.",
      StructuringFinding.COLUMNS, new Binding<>(StructuringOptions.class, StructuringOptions.defaults(),
          StructuringOptions.SETTINGS, StructuringDetector::detect, StructuringDetector::rule));

  private final String id;
  private final List<String> aliases;
  private final String title;
  private final String glossary;
  private final List<String> columns;
  private final Binding<?> binding;
  private final Section<?> section;

  <O extends DetectorOptions> Detector(String id, List<String> aliases, String title, String glossary,
      List<String> columns, Binding<O> binding) {
    this.id = id;
    this.aliases = List.copyOf(aliases);
    this.title = title;
    this.glossary = glossary;
    this.columns = List.copyOf(columns);
    this.binding = binding;
    this.section = new Section<>(id, aliases, binding.type, binding.defaults, binding.settings);
  }

  /** @return the one name: {@code cycles}, {@code fan-out}, {@code fan-in}, {@code scatter-gather}, {@code gather-scatter}, {@code mules} or {@code structuring} */
  public String id() {
    return id;
  }

  /** @return older names accepted for the command, the settings section and labels */
  public List<String> aliases() {
    return aliases;
  }

  /** @return the name for people, e.g. {@code pass-through (mule)} */
  public String title() {
    return title;
  }

  /** @return one or two sentences explaining what the detector finds, for the report's glossary */
  public String glossary() {
    return glossary;
  }

  /**
   * The columns of a finding's flat row ({@link Finding#toRow()}), the same in every CSV the
   * command line writes. Lists are one cell joined by {@code ;}; amounts are plain decimal strings,
   * or {@code "12.50 EUR + 3.00 USD"} when a finding mixes currencies; times are ISO-8601 instants.
   *
   * @return the column names, in row order; the first is {@code kind}
   */
  public List<String> columns() {
    return columns;
  }

  /** @return the detector's settings: its section of a settings document and its command-line flags */
  public Section<? extends DetectorOptions> section() {
    @SuppressWarnings("unchecked")
    Section<? extends DetectorOptions> s = (Section<? extends DetectorOptions>) section;
    return s;
  }

  /** @return the detector's default options */
  public DetectorOptions defaults() {
    return binding.defaults;
  }

  /**
   * Runs the detector: the one place that does, for the command line, {@code analyze},
   * {@code evaluate} and the Spark engine.
   *
   * @param index the ledger's temporal index
   * @param settings the settings; this detector's section is used
   * @return the findings in the detector's order
   */
  public DetectorResult<? extends Finding> run(TemporalIndex index, AnalysisSettings settings) {
    return run(index, settings.options(this));
  }

  /**
   * Runs the detector with its options.
   *
   * @param index the ledger's temporal index
   * @param options this detector's options
   * @return the findings in the detector's order
   * @throws ClassCastException when the options are another detector's type
   */
  public DetectorResult<? extends Finding> run(TemporalIndex index, DetectorOptions options) {
    return binding.run(index, options);
  }

  /**
   * @param options this detector's options
   * @return the rule in words with every parameter (durations in words, e.g. {@code 7 days})
   */
  public String rule(DetectorOptions options) {
    return binding.rule(options);
  }

  /**
   * @param options this detector's options
   * @return the settings that are on, key to JSON-ready value (the {@code parameters} of outputs)
   */
  public Map<String, Object> parameters(DetectorOptions options) {
    return binding.parameters(section, options);
  }

  /**
   * @param name a detector name as people type it: the id or an alias, any case, {@code _} or
   *     {@code -} (e.g. {@code fan_in}, {@code FanIn}, {@code fanin}, {@code cycle})
   * @return the detector
   */
  public static Optional<Detector> byName(String name) {
    String n = normalise(name);
    for (Detector d : values()) {
      if (normalise(d.id).equals(n) || d.aliases.stream().anyMatch(a -> normalise(a).equals(n))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** @return every detector's id, in order, for messages */
  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Detector d : values()) {
      ids.add(d.id);
    }
    return ids;
  }

  private static String normalise(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }

  /** How one detector is run and described, typed by its options record. */
  private static final class Binding<O extends DetectorOptions> {
    final Class<O> type;
    final O defaults;
    final List<Setting<O>> settings;
    final BiFunction<TemporalIndex, O, ? extends DetectorResult<? extends Finding>> run;
    final Function<O, String> rule;

    Binding(Class<O> type, O defaults, List<Setting<O>> settings,
        BiFunction<TemporalIndex, O, ? extends DetectorResult<? extends Finding>> run, Function<O, String> rule) {
      this.type = type;
      this.defaults = defaults;
      this.settings = List.copyOf(settings);
      this.run = run;
      this.rule = rule;
    }

    DetectorResult<? extends Finding> run(TemporalIndex index, DetectorOptions options) {
      return run.apply(index, type.cast(options));
    }

    String rule(DetectorOptions options) {
      return rule.apply(type.cast(options));
    }

    Map<String, Object> parameters(Section<?> section, DetectorOptions options) {
      return writeTyped(section, options);
    }

    private static <T> Map<String, Object> writeTyped(Section<T> section, Object options) {
      return section.write(section.cast(options));
    }
  }
}
