package io.moneytrail.report;

import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.Detector;
import io.moneytrail.ingest.FileStats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a case report folder: {@code findings.json}, {@code cases.csv}, one CSV per detector
 * ({@code cycles.csv}, {@code fan-out.csv}, {@code fan-in.csv}, {@code scatter-gather.csv},
 * {@code gather-scatter.csv}, {@code mules.csv}, {@code structuring.csv}), {@code accounts.csv},
 * {@code rejects.csv}, {@code graph.graphml}, {@code graph.gexf}, {@code graph.dot},
 * {@code report.html} and last {@code manifest.json}.
 *
 * <p>Every file except the manifest depends only on the input data and the settings: the same
 * input and settings give byte-identical files, and no file mentions the output folder (UTF-8,
 * {@code \n} line ends). The manifest records the tool version, command line, effective options,
 * each input file with its size, SHA-256 and row counts, each output file with its size and
 * SHA-256, and timings; {@link ManifestCheck} re-checks a folder against it.
 */
public final class CaseReport {
  /** The manifest's file name. */
  public static final String MANIFEST = "manifest.json";
  /** The HTML report's file name. */
  public static final String REPORT = "report.html";
  /** The manifest's format version. */
  public static final int MANIFEST_VERSION = 2;

  private CaseReport() {}

  /** A file to write and how. */
  private interface Body {
    void write(Writer out) throws IOException;
  }

  /**
   * As {@link #write(AnalysisResult, RunInfo, ReportOptions, Path, boolean)}, refusing to replace an
   * earlier report.
   *
   * @param result the analysis
   * @param run version, command line and options for the manifest
   * @param options the report's layout
   * @param dir the output folder: absent, empty, or (never here) an earlier report
   * @return the paths written, manifest last
   * @throws IOException on write failure (nothing is left at {@code dir} that was not there before)
   * @throws ReportFolderException when {@code dir} holds anything
   */
  public static List<Path> write(AnalysisResult result, RunInfo run, ReportOptions options, Path dir)
      throws IOException {
    return write(result, run, options, dir, false);
  }

  /**
   * Writes the report folder whole or not at all: every file goes into a temporary folder beside
   * {@code dir}, manifest last, which then replaces {@code dir} by renames. On any failure the
   * temporary folder is removed and whatever was at {@code dir} is left untouched.
   *
   * @param result the analysis
   * @param run version, command line and options for the manifest
   * @param options the report's layout
   * @param dir the output folder: absent or empty, or an earlier report when {@code replace}
   * @param replace whether an earlier moneytrail report at {@code dir} is replaced (whole: no
   *     file of it stays)
   * @return the paths written (in {@code dir}), manifest last
   * @throws IOException on write failure
   * @throws ReportFolderException when {@code dir} holds something other than a moneytrail report,
   *     or a report and {@code replace} is false
   */
  public static List<Path> write(AnalysisResult result, RunInfo run, ReportOptions options, Path dir, boolean replace)
      throws IOException {
    return write(result, run, options, dir, replace, name -> { });
  }

  /** Called before each file is written (tests inject failures here). */
  interface FileHook {
    void before(String file) throws IOException;
  }

  static List<Path> write(AnalysisResult result, RunInfo run, ReportOptions options, Path dir, boolean replace,
      FileHook hook) throws IOException {
    OutputFolder folder = OutputFolder.open(dir, replace);
    List<Path> written;
    try {
      written = writeInto(result, run, options, folder.path(), hook);
    } catch (IOException | RuntimeException | Error e) {
      folder.discard();
      throw e;
    }
    folder.commit();
    return written.stream().map(p -> dir.resolve(p.getFileName().toString())).toList();
  }

  /**
   * Checks that a report could be written to a folder, before any work.
   *
   * @param dir the output folder
   * @param replace whether an earlier moneytrail report there may be replaced
   * @throws ReportFolderException when it could not (see {@link #write(AnalysisResult, RunInfo, ReportOptions, Path, boolean)})
   * @throws IOException when the folder cannot be listed
   */
  public static void checkFolder(Path dir, boolean replace) throws IOException {
    OutputFolder.check(dir.toAbsolutePath().normalize(), replace);
  }

  private static List<Path> writeInto(AnalysisResult result, RunInfo run, ReportOptions options, Path dir,
      FileHook hook) throws IOException {
    long t0 = System.nanoTime();
    Map<String, Body> files = new LinkedHashMap<>();
    files.put("findings.json", out -> FindingsJson.write(result, out));
    files.put("cases.csv", out -> Tables.cases(result, out));
    for (Detector d : Detector.values()) {
      files.put(d.id() + ".csv", out -> Tables.findings(result, d, out));
    }
    files.put("accounts.csv", out -> Tables.accounts(result, out));
    files.put("rejects.csv", out -> RejectsCsv.write(result.load().rejects(), out));
    FlaggedGraph graph = new FlaggedGraph(result, options.listedCases());
    files.put("graph.graphml", graph::writeGraphMl);
    files.put("graph.gexf", graph::writeGexf);
    files.put("graph.dot", graph::writeDot);
    files.put(REPORT, out -> HtmlReport.write(result, options, out));
    List<Path> written = new ArrayList<>();
    List<Object> outputs = new ArrayList<>();
    for (Map.Entry<String, Body> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      hook.before(f.getKey());
      try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8))) {
        f.getValue().write(w);
      }
      written.add(p);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", f.getKey());
      o.put("sizeBytes", Files.size(p));
      o.put("sha256", sha256(p));
      outputs.add(o);
    }
    Duration writeTime = Duration.ofNanos(System.nanoTime() - t0);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("manifestVersion", MANIFEST_VERSION);
    Map<String, Object> tool = new LinkedHashMap<>();
    tool.put("name", "moneytrail");
    tool.put("version", run.toolVersion());
    tool.put("java", System.getProperty("java.version"));
    manifest.put("tool", tool);
    manifest.put("created", Instant.now().toString());
    manifest.put("commandLine", run.commandLine());
    Map<String, Object> recorded = new LinkedHashMap<>();
    recorded.put("ingest", run.ingestOptions());
    recorded.put("analysis", result.settings().toJsonTree());
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("topCases", options.topCases());
    recorded.put("report", report);
    manifest.put("options", recorded);
    List<Object> inputs = new ArrayList<>();
    for (FileStats f : result.load().files()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("path", f.file().toString());
      i.put("absolutePath", f.file().toAbsolutePath().normalize().toString());
      i.put("sizeBytes", Files.size(f.file()));
      i.put("sha256", sha256(f.file()));
      i.put("format", f.format());
      i.put("rowsRead", f.rowsRead());
      i.put("rowsLoaded", f.rowsLoaded());
      i.put("rowsRejected", f.rowsRejected());
      inputs.add(i);
    }
    manifest.put("inputs", inputs);
    manifest.put("outputs", outputs);
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("loadMillis", run.loadTime().toMillis());
    Map<String, Object> steps = new LinkedHashMap<>();
    result.timings().forEach((k, v) -> steps.put(k, v.toMillis()));
    timings.put("analysisMillis", steps);
    timings.put("writeMillis", writeTime.toMillis());
    manifest.put("timings", timings);
    Path m = dir.resolve(MANIFEST);
    hook.before(MANIFEST);
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(m), StandardCharsets.UTF_8))) {
      Json.write(manifest, w);
    }
    written.add(m);
    return written;
  }

  /**
   * @param file a file
   * @return its SHA-256 as lower-case hex
   * @throws IOException on read failure
   */
  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // digesting
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
