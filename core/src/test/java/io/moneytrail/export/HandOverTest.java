package io.moneytrail.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.report.CaseReport;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an export starts from: a report that still matches its manifest, and the cases asked for. */
class HandOverTest {
  @TempDir
  Path tmp;

  @Test
  void aChosenCaseBringsExactlyItsTransactionsAndTheManifestHash() throws Exception {
    Path report = ExportFixture.report(ExportFixture.SCAM, tmp.resolve("r"));
    HandOver all = HandOver.open(report, Optional.empty(), List.of());
    HandOver one = HandOver.open(report, Optional.empty(), List.of("case-2", "case-2"));
    assertEquals(List.of("case-2"), one.cases().stream().map(HandOver.Case::id).toList());
    assertEquals(one.cases().get(0).transactions().size(), one.transactions().size());
    assertTrue(one.transactions().stream().allMatch(t -> t.cases().equals(List.of("case-2"))));
    assertEquals(CaseReport.sha256(report.resolve(CaseReport.MANIFEST)), all.manifestSha256());
    assertTrue(all.transactions().size() >= one.transactions().size());
  }

  @Test
  void aMissingInputOrNoManifestIsRefused() throws Exception {
    Path input = tmp.resolve("data.csv");
    Files.copy(ExportFixture.SCAM, input);
    Path report = ExportFixture.report(input, tmp.resolve("r"));
    Files.delete(input);
    ExportException e = assertThrows(ExportException.class, () -> HandOver.open(report, Optional.empty(), List.of()));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
    Path moved = tmp.resolve("moved");
    Files.createDirectories(moved);
    Files.copy(ExportFixture.SCAM, moved.resolve("data.csv"));
    assertEquals(false, HandOver.open(report, Optional.of(moved), List.of()).cases().isEmpty());
    assertThrows(NoSuchFileException.class, () -> HandOver.open(tmp, Optional.empty(), List.of()));
  }
}
