package io.moneytrail.ingest;

import java.nio.file.Path;

/** Receives loading progress; called from the loading thread, at most a few hundred times a file. */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (file, bytesRead, totalBytes) -> {};

  /**
   * @param file the file being read
   * @param bytesRead bytes of it read so far
   * @param totalBytes its size in bytes
   */
  void progress(Path file, long bytesRead, long totalBytes);
}
