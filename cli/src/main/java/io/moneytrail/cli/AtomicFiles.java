package io.moneytrail.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output files written whole or not at all: each is written to a temporary sibling, and all are
 * renamed into place only after every one is complete; on failure the temporary files are removed
 * and the files at the target paths stay as they were.
 */
final class AtomicFiles implements AutoCloseable {
  private final Map<Path, Path> pending = new LinkedHashMap<>();
  private final List<Writer> open = new ArrayList<>();
  private boolean committed;

  /** @return a UTF-8 writer whose bytes reach the target only on {@link #commit()} */
  Writer open(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    // not Files.createTempFile: its files are private to the owner (0600), and the output should
    // get the permissions of any other file this user creates there
    Path tmp = null;
    for (int attempt = 0; tmp == null; attempt++) {
      Path candidate = parent.resolve("." + abs.getFileName() + ".writing-" + ProcessHandle.current().pid() + "-"
          + System.nanoTime() + "-" + attempt);
      try {
        tmp = Files.createFile(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
    pending.put(abs, tmp);
    Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 20);
    open.add(w);
    return w;
  }

  /** Closes every writer and renames every file into place. */
  void commit() throws IOException {
    for (Writer w : open) {
      w.close();
    }
    open.clear();
    for (Map.Entry<Path, Path> e : pending.entrySet()) {
      Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Without a commit: closes the writers and removes the temporary files. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (Writer w : open) {
      try {
        w.close();
      } catch (IOException e) {
        // the file is removed below
      }
    }
    for (Path tmp : pending.values()) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // best effort: a hidden ".writing-" file is left
      }
    }
  }
}
