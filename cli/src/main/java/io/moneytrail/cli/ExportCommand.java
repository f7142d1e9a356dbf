package io.moneytrail.cli;

import io.moneytrail.cli.options.InputException;
import io.moneytrail.export.AnxExport;
import io.moneytrail.export.ExportException;
import io.moneytrail.export.FtmExport;
import io.moneytrail.export.HandOver;
import io.moneytrail.export.Neo4jExport;
import io.moneytrail.export.Sidecar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneytrail export DIR --to FORMAT --out FILE}: hands a report's cases over in another tool's format. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Hand the cases of a report folder written by 'moneytrail analyze' over in the format of the "
        + "recipient's tool: ftm (FollowTheMoney entities for Aleph, one JSON object per line), neo4j (a folder "
        + "of CSV files for neo4j-admin database import) or anx (an i2 Analyst's Notebook chart, Exchange XML).",
        "The folder is first checked against its manifest.json like 'moneytrail verify' (exit 1 when anything "
        + "changed). Beside the export goes FILE.manifest.json with its SHA-256 and the report's manifest hash."})
final class ExportCommand implements Callable<Integer> {
  /** The formats, as spelled after --to. */
  enum Format {
    ftm, neo4j, anx
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The report folder (with manifest.json).")
  Path dir;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "ftm, neo4j or anx.")
  Format to;

  @Option(names = "--case", paramLabel = "ID", description = "A case to export (e.g. case-3); repeatable. Default: every case.")
  List<String> cases = new ArrayList<>();

  @Option(names = "--input-dir", paramLabel = "DIR",
      description = "Look for the report's input files by name in DIR instead of at the paths its manifest records.")
  Path inputDir;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The export: a file for ftm (e.g. case.ftm.json) and anx (case.anx), a new folder for neo4j.")
  Path out;

  @Override
  public Integer call() throws IOException {
    HandOver handOver;
    try {
      handOver = HandOver.open(dir, Optional.ofNullable(inputDir), cases);
    } catch (NoSuchFileException e) {
      throw new InputException("no manifest.json in " + dir + ": not a report folder written by 'moneytrail analyze'");
    } catch (ExportException e) {
      if (e.kind() == ExportException.Kind.UNKNOWN_CASE) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      spec.commandLine().getErr().println("moneytrail: " + e.getMessage());
      return ExitCodes.DIFFERENT;
    }
    List<Path> files = switch (to) {
      case ftm -> ftm(handOver);
      case neo4j -> neo4j(handOver);
      case anx -> anx(handOver);
    };
    Path sidecar = sidecarOf(out);
    try (AtomicFiles atomic = new AtomicFiles()) {
      Sidecar.write(to.name(), handOver, files, AnalyzeCommand.version(), atomic.open(sidecar));
      atomic.commit();
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("exported %d case(s), %d transaction(s) as %s to %s; sidecar %s%n", handOver.cases().size(),
        handOver.transactions().size(), to, out, sidecar);
    o.flush();
    return ExitCodes.OK;
  }

  private List<Path> ftm(HandOver handOver) throws IOException {
    if (Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a folder; ftm writes a file");
    }
    try (AtomicFiles atomic = new AtomicFiles()) {
      FtmExport.write(handOver, atomic.open(out));
      atomic.commit();
    }
    return List.of(out);
  }

  private List<Path> anx(HandOver handOver) throws IOException {
    if (Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a folder; anx writes a file");
    }
    try (AtomicFiles atomic = new AtomicFiles()) {
      AnxExport.write(handOver, atomic.open(out));
      atomic.commit();
    }
    return List.of(out);
  }

  private List<Path> neo4j(HandOver handOver) throws IOException {
    if (Files.exists(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out
          + " exists; neo4j writes a new folder");
    }
    List<Path> files = new ArrayList<>();
    try (AtomicFiles atomic = new AtomicFiles()) {
      for (String name : Neo4jExport.FILES) {
        Path p = out.resolve(name);
        Writer w = atomic.open(p);
        Neo4jExport.write(handOver, name, w);
        files.add(p);
      }
      atomic.commit();
    }
    return files;
  }

  /** @return {@code FILE.manifest.json} beside a file, or {@code DIR/export.manifest.json} in a folder */
  private Path sidecarOf(Path export) {
    return to == Format.neo4j ? export.resolve("export.manifest.json")
        : export.resolveSibling(export.getFileName() + ".manifest.json");
  }
}
