package io.moneytrail.cli;

import io.moneytrail.synth.GenerationSummary;
import io.moneytrail.synth.GeneratorOptions;
import io.moneytrail.synth.ScenarioGenerator;
import io.moneytrail.synth.Typology;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneytrail generate}: seeded synthetic transactions with planted typologies and their labels. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write seeded synthetic transactions (canonical CSV) with planted laundering patterns, and "
        + "labels.csv (tx_id,typology,pattern_id,role) with the ground truth. The same options give byte-identical files."})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Transactions file to write.")
  Path out;

  @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Labels file to write.")
  Path labels;

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
          currencies == null ? List.of("EUR") : currencies);
    } catch (IllegalArgumentException e) {
      // the generator's options validate their values, naming the option
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (out.toAbsolutePath().normalize().equals(labels.toAbsolutePath().normalize())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out and --labels must be different files");
    }
    ScenarioGenerator generator = new ScenarioGenerator(options);
    GenerationSummary summary;
    try (Writer tx = writer(out); Writer lb = writer(labels)) {
      summary = generator.generate(tx, lb);
    } catch (IllegalArgumentException e) {
      // the planted patterns need more accounts or rows than the options give
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("wrote %d transactions (%d planted) over %d accounts to %s; labels to %s%n", summary.rows(),
        summary.plantedRows(), summary.accounts(), out, labels);
    o.println("planted patterns: " + (summary.patterns().isEmpty() ? "none" : summary.patterns().entrySet().stream()
        .map(e -> e.getKey().label() + "=" + e.getValue()).collect(Collectors.joining(","))));
    o.flush();
    return ExitCodes.OK;
  }

  private static Writer writer(Path p) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 20);
  }
}
