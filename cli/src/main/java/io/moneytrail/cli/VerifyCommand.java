package io.moneytrail.cli;

import io.moneytrail.cli.options.InputException;
import io.moneytrail.report.ManifestCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneytrail verify DIR}: re-hashes a report's inputs and outputs against its manifest. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Check a report folder written by 'moneytrail analyze': re-hash every input file and every output "
        + "file recorded in its manifest.json (SHA-256) and say what changed.",
        "Exit 0 when everything matches, 1 when anything changed or is missing, 3 when there is no manifest."})
final class VerifyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The report folder (with manifest.json).")
  Path dir;

  @Option(names = "--input-dir", paramLabel = "DIR",
      description = "Look for the input files by name in DIR instead of at the paths recorded in the manifest "
          + "(for a report handed over together with its data).")
  Path inputDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ManifestCheck.Result result;
    try {
      result = ManifestCheck.verify(dir, java.util.Optional.ofNullable(inputDir));
    } catch (NoSuchFileException e) {
      throw new InputException("no manifest.json in " + dir);
    }
    int bad = 0;
    for (ManifestCheck.Check c : result.checks()) {
      if (c.status() != ManifestCheck.Status.OK) {
        bad++;
        out.printf("%s %s %s: %s%n", c.status().name().toLowerCase(java.util.Locale.ROOT), c.kind(), c.file(),
            c.detail());
      }
    }
    if (bad == 0) {
      out.printf("verified: all %d files match the manifest (%d inputs, %d outputs)%n", result.checks().size(),
          result.checks().stream().filter(c -> c.kind().equals("input")).count(),
          result.checks().stream().filter(c -> c.kind().equals("output")).count());
    } else {
      out.printf("NOT verified: %d of %d files changed or missing%n", bad, result.checks().size());
    }
    out.flush();
    return bad == 0 ? ExitCodes.OK : ExitCodes.DIFFERENT;
  }
}
