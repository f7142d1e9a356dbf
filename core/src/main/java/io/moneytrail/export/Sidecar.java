package io.moneytrail.export;

import io.moneytrail.report.CaseReport;
import io.moneytrail.report.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small manifest beside an export ({@code FILE.manifest.json}): the format, each exported
 * file's size and SHA-256, and the report it came from (folder and the SHA-256 of its
 * {@code manifest.json}), so that the chain from the input data to the handed-over file can be
 * checked: the report's manifest holds the inputs' hashes.
 */
public final class Sidecar {
  /** The sidecar's format version. */
  public static final int VERSION = 1;

  private Sidecar() {}

  /**
   * @param format the export format ({@code ftm}, {@code neo4j}, ...)
   * @param handOver what was exported
   * @param files the exported files (their names are recorded relative to the sidecar's folder)
   * @param toolVersion moneytrail's version
   * @param out where the sidecar goes
   * @throws IOException when a file cannot be hashed or the sidecar written
   */
  public static void write(String format, HandOver handOver, List<Path> files, String toolVersion, Writer out)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sidecarVersion", VERSION);
    m.put("format", format);
    m.put("tool", "moneytrail " + toolVersion);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("folder", handOver.folder().toAbsolutePath().normalize().toString());
    report.put("manifestSha256", handOver.manifestSha256());
    m.put("report", report);
    m.put("cases", handOver.cases().stream().map(HandOver.Case::id).toList());
    m.put("transactions", handOver.transactions().size());
    List<Object> out2 = new ArrayList<>();
    for (Path f : files) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", String.valueOf(f.getFileName()));
      o.put("sizeBytes", Files.size(f));
      o.put("sha256", CaseReport.sha256(f));
      out2.add(o);
    }
    m.put("files", out2);
    Json.write(m, out);
  }
}
