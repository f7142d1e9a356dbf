package io.moneytrail.cli;

import io.moneytrail.cli.options.InputException;
import io.moneytrail.export.AnxExport;
import io.moneytrail.export.ExportException;
import io.moneytrail.export.FtmExport;
import io.moneytrail.export.GoAmlExport;
import io.moneytrail.export.GoAmlReporting;
import io.moneytrail.export.HandOver;
import io.moneytrail.export.Neo4jExport;
import io.moneytrail.export.Sidecar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
        + "of CSV files for neo4j-admin database import), anx (an i2 Analyst's Notebook chart, Exchange XML) or "
        + "goaml (a goAML 5 suspicious-transaction report for a financial intelligence unit's goAML portal).",
        "goaml needs --reporting FILE: a YAML file with what only the reporting institution knows (its FIU id, "
        + "reporting person, address, the FIU's codes, its own clients; see docs/goaml-reporting.example.yaml). "
        + "Its submission_date is the report's manifest 'created' time, so a rerun gives the same bytes. With "
        + "--xsd FILE the report is validated against the FIU's goAML schema first; if it breaks the schema, the "
        + "violations are listed, nothing is written and the exit code is 3.",
        "The folder is first checked against its manifest.json like 'moneytrail verify' (exit 1 when anything "
        + "changed). Beside the export goes FILE.manifest.json with its SHA-256 and the report's manifest hash."})
final class ExportCommand implements Callable<Integer> {
  /** The formats, as spelled after --to. */
  enum Format {
    ftm, neo4j, anx, goaml
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The report folder (with manifest.json).")
  Path dir;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "ftm, neo4j, anx or goaml.")
  Format to;

  @Option(names = "--case", paramLabel = "ID", description = "A case to export (e.g. case-3); repeatable. Default: every case.")
  List<String> cases = new ArrayList<>();

  @Option(names = "--input-dir", paramLabel = "DIR",
      description = "Look for the report's input files by name in DIR instead of at the paths its manifest records.")
  Path inputDir;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The export: a file for ftm (e.g. case.ftm.json), anx (case.anx) and goaml (str.xml), a new folder "
          + "for neo4j.")
  Path out;

  @Option(names = "--reporting", paramLabel = "FILE",
      description = "goaml only, required: the reporting institution's YAML file (UTF-8, at most 1 MiB; keys as in "
          + "docs/goaml-reporting.example.yaml).")
  Path reporting;

  @Option(names = "--xsd", paramLabel = "FILE",
      description = "goaml only: validate the report against this goAML schema (your FIU's XSD) before writing it.")
  Path xsd;

  @Override
  public Integer call() throws IOException {
    if (to != Format.goaml) {
      for (Object[] o : new Object[][] {{"--reporting", reporting}, {"--xsd", xsd}}) {
        if (o[1] != null) {
          throw new CommandLine.ParameterException(spec.commandLine(), o[0] + " is only for --to goaml, not --to " + to);
        }
      }
    } else if (reporting == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to goaml needs --reporting FILE (the reporting "
          + "institution's YAML file; see docs/goaml-reporting.example.yaml)");
    }
    GoAmlReporting goAml = null;
    if (to == Format.goaml) {
      try {
        goAml = GoAmlReporting.read(reporting);
      } catch (NoSuchFileException e) {
        throw new InputException("--reporting: file not found: " + reporting);
      } catch (ExportException e) {
        return refuse("--reporting ", e);
      }
    }
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
    List<Path> files;
    switch (to) {
      case ftm -> files = ftm(handOver);
      case neo4j -> files = neo4j(handOver);
      case anx -> files = anx(handOver);
      default -> {
        try {
          files = goaml(handOver, goAml);
        } catch (ExportException e) {
          return refuse("", e);
        }
        if (files.isEmpty()) {
          return ExitCodes.INPUT;
        }
      }
    }
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

  /** @return the file written, or nothing when the report breaks the --xsd schema (the violations are printed) */
  private List<Path> goaml(HandOver handOver, GoAmlReporting goAml) throws IOException {
    if (Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a folder; goaml writes a file");
    }
    StringWriter xml = new StringWriter();
    GoAmlExport.write(handOver, goAml, GoAmlExport.submissionDate(handOver), xml);
    String text = xml.toString();
    if (xsd != null) {
      List<GoAmlExport.Violation> violations;
      try {
        violations = GoAmlExport.validate(text, xsd);
      } catch (NoSuchFileException e) {
        throw new InputException("--xsd: file not found: " + xsd);
      }
      if (!violations.isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("moneytrail: the goAML report breaks the schema --xsd " + xsd + " (" + violations.size()
            + " violation(s)); nothing was written to " + out + ":");
        List<String> lines = text.lines().toList();
        for (GoAmlExport.Violation v : violations) {
          String at = v.line() >= 1 && v.line() <= lines.size() ? lines.get(v.line() - 1).strip() : "";
          err.println("  " + v + (at.isEmpty() ? "" : " [" + (at.length() > 120 ? at.substring(0, 119) + "\u2026" : at)
              + "]"));
        }
        err.flush();
        return List.of();
      }
    }
    try (AtomicFiles atomic = new AtomicFiles()) {
      atomic.open(out).write(text);
      atomic.commit();
    }
    return List.of(out);
  }

  /**
   * Reports a refused export in one line: a missing or invalid value is a usage error (exit 2), an
   * input the format cannot carry an input error (3), a changed report a difference (1).
   */
  private int refuse(String prefix, ExportException e) {
    if (e.kind() == ExportException.Kind.UNKNOWN_CASE) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("moneytrail: " + prefix + e.getMessage());
    err.flush();
    return switch (e.kind()) {
      case MISSING_VALUE -> ExitCodes.USAGE;
      case BAD_INPUT -> ExitCodes.INPUT;
      default -> ExitCodes.DIFFERENT;
    };
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
