package io.moneytrail.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line progress display on stderr, shown only when stderr is a terminal. */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private boolean shown;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress forStderr(PrintWriter err, boolean disabled) {
    return new Progress(err, !disabled && stderrIsTerminal());
  }

  /** Linux: fd 2 points at a tty; elsewhere: the JVM has a console. */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // fall back below
    }
    return System.console() != null;
  }

  void loading(Path file, long bytesRead, long totalBytes) {
    if (!enabled) {
      return;
    }
    int pct = totalBytes == 0 ? 100 : (int) (100 * bytesRead / totalBytes);
    err.printf(Locale.ROOT, "\rloading %s %3d%% (%.1f of %.1f MB)", file.getFileName(), pct, bytesRead / 1e6, totalBytes / 1e6);
    err.flush();
    shown = true;
  }

  void step(String what) {
    if (!enabled) {
      return;
    }
    err.print("\r\033[K" + what + "...");
    err.flush();
    shown = true;
  }

  void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }
}
