package io.moneytrail.report;

import java.nio.file.Path;

/**
 * The report folder asked for cannot be written: it holds something that is not a moneytrail
 * report, or an earlier report that may not be replaced. A usage error: nothing was written.
 */
public final class ReportFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;

  /**
   * @param folder the folder
   * @param reason what is wrong with it, e.g. {@code holds an earlier report; add --force to replace it whole}
   */
  public ReportFolderException(Path folder, String reason) {
    super(folder + " " + reason);
    this.folder = folder;
  }

  /** @return the folder */
  public Path folder() {
    return folder;
  }
}
