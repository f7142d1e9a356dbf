package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** I/O failures read as words naming the path. */
class IoMessagesTest {
  @Test
  void failuresNameWhatWentWrongAndThePathWithoutJavaClassNames() {
    assertEquals("no such file or folder: /data/x.csv", IoMessages.describe(new NoSuchFileException("/data/x.csv")));
    assertEquals("permission denied: /out", IoMessages.describe(new AccessDeniedException("/out")));
    String full = IoMessages.describe(new FileSystemException("/out/report.html", null, "No space left on device"));
    assertEquals("cannot use /out/report.html: no space left on the device", full);
    String bare = IoMessages.describe(new IOException("No space left on device"));
    assertFalse(bare.contains("java.io"), bare);
    assertEquals("input/output error", IoMessages.describe(new IOException()));
  }
}
