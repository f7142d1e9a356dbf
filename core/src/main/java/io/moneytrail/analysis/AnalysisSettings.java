package io.moneytrail.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.moneytrail.analysis.cases.CaseOptions;
import io.moneytrail.analysis.cases.RiskWeights;
import io.moneytrail.analysis.roles.RoleOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of an {@link Analysis}: the options of every detector, the role thresholds, case
 * building and the risk weights. One schema and one codec: a settings document is a JSON object
 * with one section per detector (named by its {@link Detector#id()}), {@code roles}, {@code cases}
 * and {@code risk}, each holding the settings of that section's
 * {@link Section} (every key optional). Durations use the grammar of {@link Durations}, decimals are
 * read exactly. Example: {@code {"fan-in": {"minCounterparties": 4, "window": "3d"}, "mules":
 * {"ratio": "0.9"}}}. Older section names ({@code fanIn}, {@code scatterGather}) are accepted.
 * Immutable.
 *
 * @param detectors the options of each detector (every detector present)
 * @param roles the role thresholds
 * @param cases how the analysis focuses and builds cases
 * @param risk the weights of the risk score's components
 */
public record AnalysisSettings(Map<Detector, DetectorOptions> detectors, RoleOptions roles, CaseOptions cases,
    RiskWeights risk) {
  /** The name of the role thresholds' section. */
  public static final String ROLES = "roles";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Checks that every detector has options of its type and copies the map. */
  public AnalysisSettings {
    Objects.requireNonNull(detectors, "detectors");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(risk, "risk");
    EnumMap<Detector, DetectorOptions> copy = new EnumMap<>(Detector.class);
    for (Detector d : Detector.values()) {
      DetectorOptions o = detectors.get(d);
      if (o == null) {
        throw new IllegalArgumentException("settings: no options for detector " + d.id());
      }
      copy.put(d, d.section().cast(o));
    }
    detectors = Collections.unmodifiableMap(copy);
  }

  /** @return every detector's and the role rules' own defaults */
  public static AnalysisSettings defaults() {
    EnumMap<Detector, DetectorOptions> m = new EnumMap<>(Detector.class);
    for (Detector d : Detector.values()) {
      m.put(d, d.defaults());
    }
    return new AnalysisSettings(m, RoleOptions.defaults(), CaseOptions.defaults(), RiskWeights.defaults());
  }

  /**
   * @param detector a detector
   * @return its options
   */
  public DetectorOptions options(Detector detector) {
    return detectors.get(detector);
  }

  /**
   * @param detector a detector
   * @param type its options record's class
   * @param <O> that class
   * @return its options
   * @throws ClassCastException when the detector's options are of another type
   */
  public <O extends DetectorOptions> O options(Detector detector, Class<O> type) {
    return type.cast(detectors.get(detector));
  }

  /**
   * @param detector a detector
   * @param options its new options
   * @return a copy with them
   * @throws ClassCastException when they are not of the detector's options type
   */
  public AnalysisSettings with(Detector detector, DetectorOptions options) {
    EnumMap<Detector, DetectorOptions> m = new EnumMap<>(detectors);
    m.put(detector, detector.section().cast(options));
    return new AnalysisSettings(m, roles, cases, risk);
  }

  /** @param v role thresholds @return a copy with them */
  public AnalysisSettings withRoles(RoleOptions v) {
    return new AnalysisSettings(detectors, v, cases, risk);
  }

  /** @param v case options @return a copy with them */
  public AnalysisSettings withCases(CaseOptions v) {
    return new AnalysisSettings(detectors, roles, v, risk);
  }

  /** @param v risk weights @return a copy with them */
  public AnalysisSettings withRisk(RiskWeights v) {
    return new AnalysisSettings(detectors, roles, cases, v);
  }

  /**
   * The effective settings as a settings document (JSON-ready tree), for {@code findings.json}, the
   * manifest and the Spark engine; {@link #overriddenBy(String)} reads it back to equal settings.
   *
   * @return section name to its settings, insertion-ordered
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Detector d : Detector.values()) {
      m.put(d.id(), d.parameters(detectors.get(d)));
    }
    m.put(ROLES, RoleOptions.section().write(roles));
    m.put(CaseOptions.section().name(), CaseOptions.section().write(cases));
    m.put(RiskWeights.section().name(), RiskWeights.section().write(risk));
    return m;
  }

  /**
   * Applies a settings document over these settings.
   *
   * @param json the document
   * @return the settings with the document's values, applied in document order
   * @throws OptionException naming {@code section.key} for an unknown section or key or a bad value,
   *     or {@code settings} when the text is not a JSON object
   */
  public AnalysisSettings overriddenBy(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new OptionException("settings", "", "is not valid JSON: "
          + e.getOriginalMessage().lines().findFirst().orElse("") + location(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new OptionException("settings", "", "must be a JSON object of sections, e.g. {\"fan-in\": {\"window\": \"3d\"}}");
    }
    AnalysisSettings s = this;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      s = s.apply(e.getKey(), e.getValue());
    }
    return s;
  }

  /**
   * Sets one setting, as {@code --set SECTION.KEY=VALUE} does.
   *
   * @param sectionAndKey e.g. {@code fan-in.window} (older section names accepted)
   * @param value the value as text, e.g. {@code 3d}
   * @return the settings with it
   * @throws OptionException naming {@code section.key} for an unknown section or key or a bad value
   */
  public AnalysisSettings set(String sectionAndKey, String value) {
    int dot = sectionAndKey.indexOf('.');
    if (dot <= 0 || dot == sectionAndKey.length() - 1) {
      throw new OptionException(sectionAndKey, value, "is not SECTION.KEY (e.g. fan-in.window); sections: "
          + String.join(", ", sectionNames()));
    }
    String section = sectionAndKey.substring(0, dot);
    Map<String, JsonNode> one = new LinkedHashMap<>();
    one.put(sectionAndKey.substring(dot + 1), TextNode.valueOf(value));
    return apply(section, JSON.valueToTree(one));
  }

  private AnalysisSettings apply(String section, JsonNode node) {
    for (Detector d : Detector.values()) {
      if (d.section().isNamed(section)) {
        return with(d, read(d.section(), detectors.get(d), node, section));
      }
    }
    if (RoleOptions.section().isNamed(section)) {
      return withRoles(read(RoleOptions.section(), roles, node, section));
    }
    if (CaseOptions.section().isNamed(section)) {
      return withCases(read(CaseOptions.section(), cases, node, section));
    }
    if (RiskWeights.section().isNamed(section)) {
      return withRisk(read(RiskWeights.section(), risk, node, section));
    }
    if (section.equals("topCases")) {
      throw new OptionException("topCases", node.asText(), "is a report option, not an analysis setting: use "
          + "'analyze --top-cases N'");
    }
    throw new OptionException(section, "", "is not a settings section (sections: " + String.join(", ", sectionNames())
        + ")");
  }

  private static <O> O read(Section<O> section, Object current, JsonNode node, String as) {
    return section.read(section.cast(current), node, as);
  }

  /** @return the section names, detectors first */
  public static List<String> sectionNames() {
    List<String> names = new ArrayList<>(Detector.ids());
    names.add(ROLES);
    names.add(CaseOptions.section().name());
    names.add(RiskWeights.section().name());
    return names;
  }

  /**
   * @param name a section name (or an older name)
   * @return the section of that name: a detector's or the roles'
   */
  public static Optional<Section<?>> section(String name) {
    for (Detector d : Detector.values()) {
      if (d.section().isNamed(name)) {
        return Optional.of(d.section());
      }
    }
    for (Section<?> s : List.of(RoleOptions.section(), CaseOptions.section(), RiskWeights.section())) {
      if (s.isNamed(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
  }
}
