package io.moneytrail.cli;

import io.moneytrail.synth.GenerationSummary;
import io.moneytrail.synth.GeneratorOptions;
import io.moneytrail.synth.GeneratorOptions.Planting;
import io.moneytrail.synth.ScenarioGenerator;
import io.moneytrail.synth.Typology;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import io.moneytrail.cli.options.InstantConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code moneytrail generate}: seeded synthetic transactions with planted typologies, their labels
 * and, optionally, the benign look-alike groups.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write seeded synthetic transactions (canonical CSV) with planted laundering patterns, and "
        + "labels.csv (tx_id,typology,pattern_id,role) with the ground truth. By default the patterns are planted "
        + "on ordinary accounts (salary, rent, bills, shopping, family transfers) among benign look-alikes "
        + "(payroll, merchants, landlords, utilities, family round trips, own-account sweeps, shared bills, "
        + "exchanges, payment processors); --benign FILE lists those groups. The same options give "
        + "byte-identical files."})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Transactions file to write.")
  Path out;

  @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Labels file to write.")
  Path labels;

  @Option(names = "--benign", paramLabel = "FILE",
      description = "Also write the benign look-alike groups (tx_id,kind,group_id,role) to FILE. Not written by default; "
          + "the other files are the same either way.")
  Path benign;

  @Option(names = "--planting", paramLabel = "MODE", defaultValue = "embedded", converter = PlantingConverter.class,
      description = "embedded (default): patterns on ordinary accounts that keep their everyday activity; isolated: "
          + "patterns on accounts of their own beside a simpler background (the first generator's data, easy to see, "
          + "for workshops).")
  Planting planting;

  @Option(names = "--accounts", paramLabel = "N", defaultValue = "10000", description = "Accounts, planted ones included. Default: ${DEFAULT-VALUE}.")
  int accounts;

  @Option(names = "--days", paramLabel = "D", defaultValue = "365", description = "Days covered. Default: ${DEFAULT-VALUE}.")
  int days;

  @Option(names = "--transactions", paramLabel = "M", defaultValue = "1000000", description = "Rows, planted ones included. Default: ${DEFAULT-VALUE}.")
  long transactions;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--typologies", paramLabel = "LIST",
      description = "Patterns to plant, e.g. fan_in=30,fan_out=30,cycle=30,scatter_gather=25,gather_scatter=25,"
          + "mule_chain=20,structuring=10,scam_centre=5 (the default). Names not listed plant none.")
  String typologies;

  @Option(names = "--start", paramLabel = "ISO", converter = InstantConverter.class,
      description = "First day's midnight, e.g. 2025-01-01T00:00:00Z (the default).")
  Instant start;

  @Option(names = "--currencies", paramLabel = "CODES", split = ",", description = "Home currencies of the accounts. Default: EUR.")
  List<String> currencies;

  @Override
  public Integer call() throws IOException {
    GeneratorOptions options;
    try {
      Map<Typology, Integer> counts = typologies == null ? GeneratorOptions.defaultTypologies()
          : GeneratorOptions.parseTypologies(typologies);
      options = new GeneratorOptions(accounts, days, transactions, seed, counts,
          start == null ? GeneratorOptions.defaults().start() : start,
          currencies == null ? List.of("EUR") : currencies, planting);
    } catch (IllegalArgumentException e) {
      // the generator's options validate their values, naming the option
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (same(out, labels) || (benign != null && (same(benign, out) || same(benign, labels)))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out, --labels and --benign must be different files");
    }
    ScenarioGenerator generator = new ScenarioGenerator(options);
    GenerationSummary summary;
    try (AtomicFiles files = new AtomicFiles()) {
      Writer tx = files.open(out);
      Writer lb = files.open(labels);
      summary = benign == null ? generator.generate(tx, lb) : generator.generate(tx, lb, files.open(benign));
      files.commit();
    } catch (IllegalArgumentException e) {
      // the planted patterns need more accounts or rows than the options give
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("wrote %d transactions (%d planted, %s planting) over %d accounts to %s; labels to %s%s%n", summary.rows(),
        summary.plantedRows(), planting.label(), summary.accounts(), out, labels,
        benign == null ? "" : "; benign look-alikes to " + benign);
    o.println("planted patterns: " + (summary.patterns().isEmpty() ? "none" : summary.patterns().entrySet().stream()
        .map(e -> e.getKey().label() + "=" + e.getValue()).collect(Collectors.joining(","))));
    o.println("benign look-alike groups: " + (summary.benignGroups().isEmpty() ? "none"
        : summary.benignGroups().entrySet().stream().map(e -> e.getKey().label() + "=" + e.getValue() + " ("
            + summary.benignRows().getOrDefault(e.getKey(), 0L) + " rows)").collect(Collectors.joining(", "))));
    o.flush();
    return ExitCodes.OK;
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Reads {@code embedded} or {@code isolated}, any case. */
  static final class PlantingConverter implements ITypeConverter<Planting> {
    @Override
    public Planting convert(String value) {
      try {
        return Planting.byLabel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
