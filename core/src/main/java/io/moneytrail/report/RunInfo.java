package io.moneytrail.report;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the manifest records about the run besides the analysis itself.
 *
 * @param toolVersion the moneytrail version
 * @param commandLine the full command line (arguments as given), empty when run as a library
 * @param ingestOptions the effective ingest options as a JSON-ready tree
 * @param loadTime wall-clock time of loading the input
 */
public record RunInfo(String toolVersion, List<String> commandLine, Map<String, Object> ingestOptions,
    Duration loadTime) {

  /** Copies the collections. */
  public RunInfo {
    Objects.requireNonNull(toolVersion, "toolVersion");
    commandLine = List.copyOf(commandLine);
    ingestOptions = Collections.unmodifiableMap(new LinkedHashMap<>(ingestOptions));
    Objects.requireNonNull(loadTime, "loadTime");
  }
}
