package io.moneytrail.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** I/O failures in words for people: what went wrong and on which path, never a Java class name. */
final class IoMessages {
  private IoMessages() {}

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof FileAlreadyExistsException x) {
      return "already exists: " + x.getFile();
    }
    if (e instanceof DirectoryNotEmptyException d) {
      return "folder not empty: " + d.getFile();
    }
    if (e instanceof NotDirectoryException d) {
      return "not a folder: " + d.getFile();
    }
    String reason = reason(e);
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return "cannot use " + f.getFile() + ": " + reason;
    }
    return reason;
  }

  private static String reason(IOException e) {
    String m = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (m == null || m.isBlank()) {
      return "input/output error";
    }
    if (m.toLowerCase(Locale.ROOT).contains("no space left")) {
      return "no space left on the device";
    }
    return Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }
}
