package io.moneytrail.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.moneytrail.report.Json;
import io.moneytrail.report.cases.AnalysisSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --settings FILE} and {@code --set SECTION.KEY=VALUE}: the options of every detector as
 * {@link AnalysisSettings}, shared by {@code moneytrail analyze} and the Spark entry point.
 */
public final class AnalysisSettingsMixin {
  @Option(names = "--settings", paramLabel = "FILE",
      description = "Analysis settings (JSON), e.g. {\"fanIn\": {\"minCounterparties\": 4}, \"mules\": {\"ratio\": \"0.9\"}}. "
          + "Sections: cycles, fanOut, fanIn, scatterGather, gatherScatter, mules, structuring, roles, topCases.")
  Path settingsFile;

  @Option(names = "--set", paramLabel = "SECTION.KEY=VALUE",
      description = "Override one setting after --settings, e.g. --set fanIn.window=3d --set structuring.threshold=15000. Repeatable.")
  List<String> sets = new ArrayList<>();

  /**
   * @return the defaults, then the settings file, then each {@code --set} in order
   * @throws IOException when the settings file cannot be read
   * @throws IllegalArgumentException (a usage error) for a malformed {@code --set} or a bad value
   * @throws InputException when the settings file does not exist
   */
  public AnalysisSettings settings() throws IOException {
    AnalysisSettings s = AnalysisSettings.defaults();
    if (settingsFile != null) {
      String text;
      try {
        text = Files.readString(settingsFile, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new InputException("--settings: file not found: " + settingsFile);
      }
      s = s.overriddenBy(text);
    }
    if (!sets.isEmpty()) {
      ObjectNode doc = Json.mapper().createObjectNode();
      for (String set : sets) {
        int eq = set.indexOf('=');
        int dot = set.indexOf('.');
        if (eq < 0 || (dot < 0 || dot > eq) && !set.startsWith("topCases=")) {
          throw new IllegalArgumentException(
              "--set: expected SECTION.KEY=VALUE (e.g. fanIn.window=3d), was '" + set + "'");
        }
        String value = set.substring(eq + 1);
        if (set.startsWith("topCases=")) {
          doc.put("topCases", value);
          continue;
        }
        String section = set.substring(0, dot);
        String key = set.substring(dot + 1, eq);
        JsonSection.of(doc, section).put(key, value);
      }
      s = s.overriddenBy(doc.toString());
    }
    return s;
  }

  /** Gets or creates a section object of a settings document. */
  private static final class JsonSection {
    static ObjectNode of(ObjectNode doc, String section) {
      return doc.has(section) && doc.get(section).isObject() ? (ObjectNode) doc.get(section) : doc.putObject(section);
    }
  }
}
