package io.moneytrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.analysis.Analysis;
import io.moneytrail.analysis.AnalysisResult;
import io.moneytrail.analysis.AnalysisSettings;
import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report folder is written whole or not at all, and never over something else. */
class AtomicReportTest {
  static AnalysisResult result;
  static final RunInfo RUN = new RunInfo("test", List.of("moneytrail", "analyze"), Map.of(), Duration.ZERO);

  @TempDir
  Path tmp;

  @BeforeAll
  static void analyse() {
    result = Analysis.run(LedgerReader.read(IngestOptions.defaults(), CaseReportTest.SCAM), AnalysisSettings.defaults());
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFailureWhileWritingLeavesNoFolderAndAnEarlierReportUntouched() throws Exception {
    Path out = tmp.resolve("report");
    IOException e = assertThrows(IOException.class, () -> CaseReport.write(result, RUN, ReportOptions.defaults(), out,
        false, name -> {
          if (name.equals(CaseReport.REPORT)) {
            throw new IOException("No space left on device");
          }
        }));
    assertEquals("No space left on device", e.getMessage());
    assertEquals(List.of(), siblings(), "nothing is left behind, not even the temporary folder");

    CaseReport.write(result, RUN, ReportOptions.defaults(), out);
    byte[] manifest = Files.readAllBytes(out.resolve(CaseReport.MANIFEST));
    assertThrows(IOException.class, () -> CaseReport.write(result, RUN, ReportOptions.defaults(), out, true, name -> {
      if (name.equals(CaseReport.MANIFEST)) {
        throw new IOException("disk full");
      }
    }));
    assertTrue(java.util.Arrays.equals(manifest, Files.readAllBytes(out.resolve(CaseReport.MANIFEST))));
    assertTrue(ManifestCheck.verify(out).allMatch(), "the earlier report still verifies");
    assertEquals(List.of("report"), siblings());
  }

  @Test
  void anEarlierReportIsReplacedOnlyWhenAskedAndThenWhole() throws Exception {
    Path out = tmp.resolve("report");
    CaseReport.write(result, RUN, ReportOptions.defaults(), out);
    Files.writeString(out.resolve("stale.csv"), "left from an older version\n");
    ReportFolderException refused = assertThrows(ReportFolderException.class,
        () -> CaseReport.write(result, RUN, ReportOptions.defaults(), out));
    assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
    assertTrue(Files.exists(out.resolve("stale.csv")));
    List<Path> written = CaseReport.write(result, RUN, ReportOptions.defaults(), out, true);
    assertFalse(Files.exists(out.resolve("stale.csv")), "replaced whole: no stale files");
    assertEquals(out.resolve(CaseReport.MANIFEST), written.get(written.size() - 1));
    assertTrue(written.stream().allMatch(Files::isRegularFile));
    assertEquals(List.of("report"), siblings());
  }

  @Test
  void aFolderHoldingSomethingElseOrAFileIsNeverTouched() throws Exception {
    Path photos = tmp.resolve("photos");
    Files.createDirectories(photos);
    Files.writeString(photos.resolve("holiday.jpg"), "not a report");
    ReportFolderException e = assertThrows(ReportFolderException.class,
        () -> CaseReport.write(result, RUN, ReportOptions.defaults(), photos, true));
    assertTrue(e.getMessage().contains("holds no moneytrail report"), e.getMessage());
    assertEquals("not a report", Files.readString(photos.resolve("holiday.jpg")));
    Path file = tmp.resolve("file.txt");
    Files.writeString(file, "x");
    assertThrows(ReportFolderException.class, () -> CaseReport.checkFolder(file, true));
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty);
    CaseReport.write(result, RUN, ReportOptions.defaults(), empty);
    assertTrue(Files.isRegularFile(empty.resolve(CaseReport.REPORT)));
    Path fresh = tmp.resolve("fresh");
    CaseReport.write(result, RUN, ReportOptions.defaults(), fresh);
    if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
      assertEquals(Files.getPosixFilePermissions(empty), Files.getPosixFilePermissions(fresh),
          "a report folder gets the permissions of any folder the user creates, not a temporary folder's 0700");
    }
    Files.walk(fresh).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    assertEquals(List.of("empty", "file.txt", "photos"), siblings());
  }
}
