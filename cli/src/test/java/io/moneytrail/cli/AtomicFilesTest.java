package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files reach their paths whole, together, or not at all. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  private List<String> names() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void withoutACommitNothingReachesTheTargetsAndEarlierFilesStay() throws Exception {
    Files.writeString(dir.resolve("tx.csv"), "earlier");
    try (AtomicFiles files = new AtomicFiles()) {
      files.open(dir.resolve("tx.csv")).write("half of a new file");
      files.open(dir.resolve("labels.csv")).write("x");
      // a failure here: no commit
    }
    assertEquals(List.of("tx.csv"), names());
    assertEquals("earlier", Files.readString(dir.resolve("tx.csv")));
  }

  @Test
  void aCommitReplacesEveryTargetWhole() throws Exception {
    Files.writeString(dir.resolve("tx.csv"), "earlier and longer");
    try (AtomicFiles files = new AtomicFiles()) {
      Writer tx = files.open(dir.resolve("tx.csv"));
      tx.write("new");
      files.open(dir.resolve("labels.csv")).write("labels");
      files.commit();
    }
    assertEquals(List.of("labels.csv", "tx.csv"), names());
    assertEquals("new", Files.readString(dir.resolve("tx.csv")));
    assertEquals("labels", Files.readString(dir.resolve("labels.csv")));
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("tx.csv")),
          "the output gets the permissions of any file the user creates, not a temporary file's 0600");
    }
  }

  @Test
  void aGenerationThatFailsHalfwayLeavesNoFiles() throws Exception {
    CliRun run = CliRun.of("generate", "--out", dir.resolve("tx.csv").toString(), "--labels",
        dir.resolve("labels.csv").toString(), "--accounts", "4000", "--transactions", "60000");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("transactions must be at least"), run.err());
    assertFalse(Files.exists(dir.resolve("tx.csv")));
    assertEquals(List.of(), names());
  }
}
