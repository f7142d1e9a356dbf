package io.moneytrail.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Re-checks a case report folder against its {@code manifest.json}: every input file (at its
 * recorded absolute path) and every output file (in the folder) is re-hashed with SHA-256 and its
 * size compared.
 */
public final class ManifestCheck {
  private ManifestCheck() {}

  /** The state of one file. */
  public enum Status {
    /** Same size and SHA-256 as recorded. */
    OK,
    /** Present but different. */
    CHANGED,
    /** Not found. */
    MISSING
  }

  /**
   * The outcome for one file.
   *
   * @param kind {@code input} or {@code output}
   * @param file the path as recorded (input) or the file name (output)
   * @param status what was found
   * @param detail what differs, in words (empty when OK)
   */
  public record Check(String kind, String file, Status status, String detail) {
    /** Checks the parts are present. */
    public Check {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * @param checks one per recorded file, inputs first, in manifest order
   */
  public record Result(List<Check> checks) {
    /** Copies the list. */
    public Result {
      checks = List.copyOf(checks);
    }

    /** @return true when every file is {@link Status#OK} */
    public boolean allMatch() {
      return checks.stream().allMatch(c -> c.status() == Status.OK);
    }
  }

  /**
   * @param dir the report folder
   * @return one check per recorded file
   * @throws NoSuchFileException when the folder has no manifest
   * @throws IOException when the manifest cannot be read or is not a moneytrail manifest
   */
  public static Result verify(Path dir) throws IOException {
    return verify(dir, Optional.empty());
  }

  /**
   * Like {@link #verify(Path)}, but looks for the input files by file name in {@code inputDir}
   * instead of at their recorded paths (for a report and its data handed over together).
   *
   * @param dir the report folder
   * @param inputDir where the input files are now, or empty for their recorded absolute paths
   * @return one check per recorded file
   * @throws NoSuchFileException when the folder has no manifest
   * @throws IOException when the manifest cannot be read or is not a moneytrail manifest
   */
  public static Result verify(Path dir, Optional<Path> inputDir) throws IOException {
    Path manifest = dir.resolve(CaseReport.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      throw new NoSuchFileException(manifest.toString(), null, "no manifest.json in the folder");
    }
    JsonNode root = Json.mapper().readTree(manifest.toFile());
    if (root == null || !root.path("inputs").isArray() || !root.path("outputs").isArray()) {
      throw new IOException(manifest + ": not a moneytrail manifest (inputs and outputs missing)");
    }
    List<Check> checks = new ArrayList<>();
    for (JsonNode in : root.get("inputs")) {
      String shown = in.path("path").asText();
      Path recorded = Path.of(in.path("absolutePath").asText(shown));
      Path p = inputDir.isPresent() && recorded.getFileName() != null
          ? inputDir.get().resolve(recorded.getFileName().toString()) : recorded;
      checks.add(check("input", shown, p, in));
    }
    for (JsonNode out : root.get("outputs")) {
      String name = out.path("file").asText();
      Path p = dir.resolve(name).normalize();
      if (!p.startsWith(dir.normalize()) || name.contains("/") || name.contains("\\")) {
        checks.add(new Check("output", name, Status.CHANGED, "file name points outside the report folder"));
        continue;
      }
      checks.add(check("output", name, p, out));
    }
    return new Result(checks);
  }

  private static Check check(String kind, String shown, Path p, JsonNode recorded) throws IOException {
    if (!Files.isRegularFile(p)) {
      return new Check(kind, shown, Status.MISSING, "not found at " + p);
    }
    long size = Files.size(p);
    long wantSize = recorded.path("sizeBytes").asLong(-1);
    String hash = CaseReport.sha256(p);
    String want = recorded.path("sha256").asText("");
    if (!hash.equals(want)) {
      String detail = size != wantSize ? "size " + size + " bytes, recorded " + wantSize : "same size, different content";
      return new Check(kind, shown, Status.CHANGED, detail + "; SHA-256 " + hash + ", recorded " + want);
    }
    return new Check(kind, shown, Status.OK, "");
  }
}
