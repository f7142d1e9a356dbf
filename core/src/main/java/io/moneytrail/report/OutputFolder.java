package io.moneytrail.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A report folder written whole or not at all: files go into a temporary sibling folder, which is
 * renamed into place only when complete; on any failure it is removed and whatever was at the
 * path before is left untouched. An existing report is replaced whole (no stale files) only when
 * asked; a folder that holds anything but a moneytrail report is never touched.
 */
final class OutputFolder {
  private final Path target;
  private final Path temporary;
  private final boolean replace;

  private OutputFolder(Path target, Path temporary, boolean replace) {
    this.target = target;
    this.temporary = temporary;
    this.replace = replace;
  }

  /**
   * @param target the folder the report is for
   * @param replace whether an existing report there may be replaced
   * @return a temporary folder beside the target to write into
   * @throws ReportFolderException when the target holds something else, or a report and replacing
   *     was not asked for
   * @throws IOException when the temporary folder cannot be created
   */
  static OutputFolder open(Path target, boolean replace) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    check(abs, replace);
    Path parent = abs.getParent();
    if (parent == null) {
      throw new ReportFolderException(target, "is a file-system root; name a folder inside it");
    }
    Files.createDirectories(parent);
    Path tmp = sibling(abs, "writing");
    Files.createDirectory(tmp);
    return new OutputFolder(abs, tmp, replace);
  }

  /**
   * A fresh hidden name beside the target. Not {@code Files.createTempDirectory}: its folders are
   * private to the owner (0700), and a report should get the permissions of any other folder this
   * user creates there.
   */
  private static Path sibling(Path target, String what) throws IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      Path p = target.getParent().resolve("." + target.getFileName() + "." + what + "-" + ProcessHandle.current().pid()
          + "-" + System.nanoTime() + "-" + attempt);
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return p;
      }
    }
    throw new FileAlreadyExistsException(target + ": no free temporary name beside it");
  }

  static void check(Path target, boolean replace) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new ReportFolderException(target, "is a file, not a folder");
    }
    boolean empty;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      empty = !entries.iterator().hasNext();
    }
    if (empty) {
      return;
    }
    if (!Files.isRegularFile(target.resolve(CaseReport.MANIFEST))) {
      throw new ReportFolderException(target, "is not empty and holds no moneytrail report (no "
          + CaseReport.MANIFEST + "); choose a new or empty folder");
    }
    if (!replace) {
      throw new ReportFolderException(target, "holds an earlier report; add --force to replace it whole");
    }
  }

  /** @return the temporary folder to write the report's files into */
  Path path() {
    return temporary;
  }

  /**
   * Moves the complete report into place, replacing an earlier report whole.
   *
   * @throws IOException when the rename fails (the temporary folder is then removed)
   */
  void commit() throws IOException {
    try {
      check(target, replace);
      if (Files.exists(target)) {
        Path old = sibling(target, "replaced");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        deleteTree(old);
      } else {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (FileAlreadyExistsException e) {
      discard();
      throw new ReportFolderException(target, "was created by someone else while the report was written");
    } catch (IOException | RuntimeException | Error e) {
      discard();
      throw e;
    }
  }

  /** Removes the temporary folder and what was written into it; never throws. */
  void discard() {
    try {
      deleteTree(temporary);
    } catch (IOException | RuntimeException e) {
      // best effort: a leftover hidden ".writing-" folder holds no manifest and looks like no report
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.delete(p);
        } catch (NoSuchFileException e) {
          // already gone
        }
      }
    }
  }
}
