package io.moneytrail.cli;

import io.moneytrail.analysis.OptionException;
import io.moneytrail.analysis.roles.AccountRole;
import io.moneytrail.analysis.roles.AccountRoles;
import io.moneytrail.analysis.roles.RoleOptions;
import io.moneytrail.analysis.trace.AllocationMethod;
import io.moneytrail.analysis.trace.Direction;
import io.moneytrail.analysis.trace.TraceOptions;
import io.moneytrail.analysis.trace.TraceResult;
import io.moneytrail.analysis.trace.TraceResult.Conservation;
import io.moneytrail.analysis.trace.TraceResult.Endpoint;
import io.moneytrail.analysis.trace.TraceResult.TraceFlow;
import io.moneytrail.analysis.trace.TraceResult.TracedAccount;
import io.moneytrail.analysis.trace.TraceStart;
import io.moneytrail.analysis.trace.Tracer;
import io.moneytrail.cli.options.DecimalConverter;
import io.moneytrail.cli.options.InputException;
import io.moneytrail.cli.options.InstantConverter;
import io.moneytrail.graph.FlowGraph;
import io.moneytrail.ingest.LoadResult;
import io.moneytrail.ledger.Ledger;
import io.moneytrail.report.Json;
import io.moneytrail.report.SafeCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code moneytrail trace}: follow the money forward or backward from an account or a transaction. */
@Command(name = "trace", mixinStandardHelpOptions = true,
    description = {"Follow money forward (where did it go) or backward (where did it come from) from an account or a "
        + "transaction, attributing mixed funds by FIFO, LIFO, haircut or poison. Amounts are exact; the result "
        + "states how the start amount is accounted for and the assumptions behind it.",
        "Money in other currencies than the start's is other money; accounts start with a zero balance; "
            + "transactions at the same instant apply in file order."})
final class TraceCommand implements Callable<Integer> {
  /** How many transactions the human-readable summary lists per hop. */
  static final int SHOWN_PER_HOP = 20;

  @Spec
  CommandSpec spec;

  @Mixin
  IngestMixin ingest;

  @ArgGroup(exclusive = true, multiplicity = "1")
  StartChoice start;

  static final class StartChoice {
    @Option(names = "--from", paramLabel = "ACCOUNT", required = true,
        description = "Start from this account's money: forward its payments, backward its receipts (in the window).")
    String account;

    @Option(names = "--tx", paramLabel = "TXID", required = true, description = "Start from this transaction's amount.")
    String tx;
  }

  @Option(names = "--since", paramLabel = "ISO", converter = InstantConverter.class,
      description = "Window start: the start account's transactions from then on; backward, the horizon "
          + "(earlier transactions are not followed).")
  Instant since;

  @Option(names = "--until", paramLabel = "ISO", converter = InstantConverter.class,
      description = "Window end and forward horizon: later transactions are not followed.")
  Instant until;

  @Option(names = "--amount", paramLabel = "X", converter = DecimalConverter.class,
      description = "With --from: trace only this much (forward the earliest payments first, backward the latest receipts first).")
  BigDecimal amount;

  @Option(names = "--currency", paramLabel = "CODE",
      description = "With --from: the currency to trace (needed when the account uses several).")
  String currency;

  @Option(names = "--backward", description = "Trace where the money came from instead of where it went.")
  boolean backward;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "fifo", converter = MethodConverter.class,
      description = "fifo, lifo, haircut or poison (an upper bound). Default: ${DEFAULT-VALUE}.")
  AllocationMethod method;

  @Option(names = "--max-hops", paramLabel = "N", defaultValue = "10", description = "Hop limit. Default: ${DEFAULT-VALUE}.")
  int maxHops;

  @Option(names = "--min-amount", paramLabel = "X", converter = DecimalConverter.class,
      description = "Dust: transactions carrying less traced money are not followed. Default: 0.")
  BigDecimal minAmount;

  @Option(names = "--stop-at", paramLabel = "FILE",
      description = "Accounts where the trace ends (exchanges, cash-out points): one per line, '#' comments.")
  Path stopAt;

  @Option(names = "--max-traced", paramLabel = "N", defaultValue = "100000",
      description = "Cap on traced transactions; the output says when it was hit. Default: ${DEFAULT-VALUE}.")
  int maxTraced;

  @ArgGroup(exclusive = true)
  OutputChoice output;

  static final class OutputChoice {
    @Option(names = "--json", description = "Print the trace as one JSON document on stdout.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the traced transactions as CSV to FILE.")
    Path csv;
  }

  /** Reads method names case-insensitively. */
  static final class MethodConverter implements CommandLine.ITypeConverter<AllocationMethod> {
    @Override
    public AllocationMethod convert(String value) {
      try {
        return AllocationMethod.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not one of fifo, lifo, haircut, poison");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    if (start.tx != null && (amount != null || currency != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--amount and --currency go with --from, not --tx");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TraceOptions options = options();
    LoadResult load = ingest.load(err);
    Ledger ledger = load.ledger();
    TraceStart traceStart;
    if (start.tx != null) {
      if (ledger.rowOf(start.tx).isEmpty()) {
        throw new InputException("unknown transaction id: " + start.tx);
      }
      traceStart = TraceStart.transaction(start.tx);
    } else {
      if (ledger.accounts().id(start.account).isEmpty()) {
        throw new InputException("unknown account: " + start.account);
      }
      try {
        traceStart = new TraceStart.FromAccount(start.account, Optional.ofNullable(amount), Optional.ofNullable(currency));
      } catch (OptionException e) {
        throw usage(e);
      }
    }
    for (String s : options.stopAccounts()) {
      if (ledger.accounts().id(s).isEmpty()) {
        err.println("moneytrail: note: stop account " + s + " does not occur in the data");
      }
    }
    FlowGraph graph = FlowGraph.of(ledger);
    TraceResult result;
    try {
      result = Tracer.trace(graph, traceStart, options);
    } catch (OptionException e) {
      throw usage(e);
    }
    Map<String, AccountRole> roles = new LinkedHashMap<>();
    for (AccountRole r : AccountRoles.assign(graph.index(), result.flowRows(), RoleOptions.defaults())) {
      roles.put(r.account(), r);
    }
    if (output != null && output.csv != null) {
      writeCsv(result, output.csv);
    }
    if (output != null && output.json) {
      Json.write(result.toJsonTree(List.copyOf(roles.values())), out);
    } else {
      print(result, roles, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The command-line names of the trace options and start, as core's messages name them. */
  private static final Map<String, String> FLAGS = Map.of("maxHops", "--max-hops", "minAmount", "--min-amount",
      "since", "--since", "until", "--until", "maxTracedTransactions", "--max-traced", "stopAccounts", "--stop-at",
      "tx", "--tx", "from", "--from", "amount", "--amount", "currency", "--currency");

  private CommandLine.ParameterException usage(OptionException e) {
    return new CommandLine.ParameterException(spec.commandLine(), e.message(k -> FLAGS.getOrDefault(k, k)), e);
  }

  private TraceOptions options() {
    try {
      return buildOptions();
    } catch (OptionException e) {
      throw usage(e);
    }
  }

  private TraceOptions buildOptions() {
    TraceOptions o = TraceOptions.defaults()
        .withDirection(backward ? Direction.BACKWARD : Direction.FORWARD)
        .withMethod(method)
        .withMaxHops(maxHops)
        .withMaxTracedTransactions(maxTraced)
        .withStopAccounts(stopAccounts());
    if (minAmount != null) {
      o = o.withMinAmount(minAmount);
    }
    if (since != null) {
      o = o.withSince(since);
    }
    if (until != null) {
      o = o.withUntil(until);
    }
    return o;
  }

  private Set<String> stopAccounts() {
    if (stopAt == null) {
      return Set.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(stopAt, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("cannot read --stop-at file " + stopAt + ": " + e.getMessage());
    }
    Set<String> accounts = new LinkedHashSet<>();
    for (String line : lines) {
      String a = line.strip();
      if (!a.isEmpty() && !a.startsWith("#")) {
        accounts.add(a);
      }
    }
    return accounts;
  }

  // ------------------------------------------------------------------ CSV

  private static void writeCsv(TraceResult r, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SafeCsv csv = new SafeCsv(w, List.of("transaction", "hop", "amount", "currency", "time", "from", "to",
            "transaction_amount", "start"))) {
      for (TraceFlow f : r.flows()) {
        csv.row(f.transaction(), Integer.toString(f.hop()), r.format(f.amount()), r.currency(), f.time().toString(),
            f.from(), f.to(), r.format(f.transactionAmount()), Boolean.toString(f.start()));
      }
    }
  }

  // ------------------------------------------------------------------ text

  private static void print(TraceResult r, Map<String, AccountRole> roles, PrintWriter out) {
    TraceOptions o = r.options();
    boolean forward = o.direction() == Direction.FORWARD;
    String cur = " " + r.currency();
    TraceResult.StartSummary s = r.startSummary();
    out.printf("Trace %s from %s (%s, max %d hops), currency %s%n", forward ? "forward" : "backward",
        s.transaction().map(t -> "transaction " + t).orElse("account " + s.account()),
        o.method().name(), o.maxHops(), r.currency());
    out.printf("Start: %s%s in %d transaction(s)%s%s%n", r.format(s.amount()), cur, s.transactions(),
        s.requested().map(q -> " (requested " + r.format(q) + cur + ")").orElse(""),
        s.first().map(f -> ", " + f + " .. " + s.last().orElseThrow()).orElse(""));
    int hop = 0;
    int shown = 0;
    List<TraceFlow> flows = r.flows();
    for (int i = 0; i < flows.size(); i++) {
      TraceFlow f = flows.get(i);
      if (f.hop() != hop) {
        hop = f.hop();
        shown = 0;
        int h = hop;
        long total = flows.stream().filter(x -> x.hop() == h).mapToLong(TraceFlow::amount).sum();
        long count = flows.stream().filter(x -> x.hop() == h).count();
        out.printf("%nHop %d: %d transaction(s), %s%s%n", hop, count, r.format(total), cur);
      }
      if (shown < SHOWN_PER_HOP) {
        out.printf("  %s  %s  %s -> %s  %s of %s%n", f.transaction(), f.time(), f.from(), f.to(), r.format(f.amount()),
            r.format(f.transactionAmount()));
      } else if (shown == SHOWN_PER_HOP) {
        int h = hop;
        out.printf("  ... and %d more (all of them with --json or --csv FILE)%n",
            flows.stream().filter(x -> x.hop() == h).count() - SHOWN_PER_HOP);
      }
      shown++;
    }
    out.println();
    out.println(forward ? "Endpoints (where the money is):" : "Endpoints (where the money came from):");
    TextTable t = new TextTable("account", "kind", "amount", "role").rightAlign(2);
    for (Endpoint e : r.endpoints()) {
      AccountRole role = roles.get(e.account());
      t.row(e.account(), e.kind().name().toLowerCase(Locale.ROOT), r.format(e.amount()),
          role == null ? "-" : role.role().name().toLowerCase(Locale.ROOT) + (role.victimLike() ? " (victim-like)" : ""));
    }
    if (t.isEmpty()) {
      out.println("  (none)");
    } else {
      t.print(out);
    }
    out.println();
    out.println("Conservation: " + r.conservation().statement());
    if (r.truncated()) {
      out.printf("Truncated: the cap of %d traced transactions was hit; %s%s was not followed.%n",
          o.maxTracedTransactions(), r.format(r.conservation().truncated()), cur);
    }
    out.println("Assumptions:");
    for (String a : r.assumptions()) {
      out.println("  - " + a);
    }
  }
}
