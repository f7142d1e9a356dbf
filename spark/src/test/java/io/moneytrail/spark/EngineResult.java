package io.moneytrail.spark;

import java.util.List;
import java.util.Map;

/**
 * What an engine made of a fixture, normalised for an exact comparison.
 *
 * @param rowsRead data rows read
 * @param rowsLoaded rows loaded
 * @param rejects each rejected row as {@code file-name|line|column|value|reason|raw}, in input order
 * @param findings per analysis id, each finding as compact JSON of core's tree, in core's order
 * @param truncated per analysis id, whether the result was capped (cycles only can be)
 */
record EngineResult(long rowsRead, long rowsLoaded, List<String> rejects, Map<String, List<String>> findings,
    Map<String, Boolean> truncated) {}
