package io.moneytrail.examples;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds and loads the bundled data, whether run from the repository root or the examples module. */
final class ExampleData {
  private ExampleData() {}

  /**
   * @param args the program's arguments: a file path as the first one overrides the default
   * @param name a file in {@code examples/data}
   * @return the loaded ledger
   */
  static Ledger load(String[] args, String name) {
    Path file = args.length > 0 ? Path.of(args[0]) : locate(name);
    return LedgerReader.read(IngestOptions.defaults(), file).ledger();
  }

  private static Path locate(String name) {
    for (Path p : new Path[] {Path.of("examples", "data", name), Path.of("data", name), Path.of("..", "examples", "data", name)}) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find examples/data/" + name + ": run from the repository root, "
        + "or pass the file as the first argument");
  }
}
