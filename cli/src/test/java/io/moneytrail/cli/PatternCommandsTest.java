package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moneytrail.analysis.Detector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The six pattern commands run in-process on the bundled scam-centre scenario. */
class PatternCommandsTest {
  private static final String DATA = "../examples/data/scam-centre.csv";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, List<String>> KIND_KEYS = Map.of(
      "fan-out", List.of("account", "counterparties"),
      "fan-in", List.of("account", "counterparties"),
      "scatter-gather", List.of("source", "sink", "intermediaries"),
      "gather-scatter", List.of("hub", "sources", "sinks"),
      "mules", List.of("account", "episodes", "retention"),
      "structuring", List.of("account", "direction"));

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  static JsonNode json(String... args) throws Exception {
    CliRun r = run(args);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err(), "nothing on stderr");
    return JSON.readTree(r.out());
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static List<JsonNode> findings(JsonNode root, String key, String value) {
    List<JsonNode> list = new ArrayList<>();
    for (JsonNode f : root.get("findings")) {
      if (f.get(key).asText().equals(value)) {
        list.add(f);
      }
    }
    return list;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fan-out", "fan-in", "scatter-gather", "gather-scatter", "mules", "structuring"})
  void jsonHasParametersCountAndFindingsWithTheEvidenceKeysOfItsKind(String command) throws Exception {
    JsonNode root = json(command, DATA, "--json");
    assertEquals(List.of("schemaVersion", "detector", "parameters", "truncated", "count", "findings"), keys(root));
    assertEquals(command, root.get("detector").asText());
    assertTrue(root.get("parameters").isObject() && root.get("parameters").size() > 0);
    assertTrue(root.get("count").isInt());
    assertEquals(root.get("count").asInt(), root.get("findings").size());
    assertTrue(root.get("count").asInt() > 0, command + " finds something in the scenario");
    for (JsonNode f : root.get("findings")) {
      List<String> keys = keys(f);
      for (String k : List.of("transactions", "start", "end", "total")) {
        assertTrue(keys.contains(k), command + " finding lacks " + k + ": " + keys);
      }
      assertTrue(keys.containsAll(KIND_KEYS.get(command)), command + " finding keys " + keys);
      assertEquals(command, f.get("kind").asText());
      assertTrue(f.get("transactions").isArray() && f.get("transactions").size() > 0);
      Instant start = Instant.parse(f.get("start").asText());
      Instant end = Instant.parse(f.get("end").asText());
      assertFalse(end.isBefore(start));
      assertTrue(f.get("total").isTextual() && f.get("total").asText().matches("\\d+\\.\\d{2}"), f.get("total").toString());
    }
  }

  @Test
  void fanoutFindsTheCollectorPayingTheSixLayers() throws Exception {
    JsonNode root = json("fanout", DATA, "--json");
    List<JsonNode> c1 = findings(root, "account", "COLLECTOR-1");
    assertEquals(1, c1.size());
    assertEquals(List.of("LAYER-01", "LAYER-02", "LAYER-03", "LAYER-04", "LAYER-05", "LAYER-06"),
        texts(c1.get(0).get("counterparties")));
    assertEquals("27750.00", c1.get(0).get("total").asText());
    assertEquals(Map.of("minCounterparties", 5, "window", "PT168H", "minAmount", "0"),
        JSON.convertValue(root.get("parameters"), Map.class));
  }

  @Test
  void faninFindsBothCollectorsPaidByMules() throws Exception {
    JsonNode root = json("fanin", DATA, "--json");
    for (String collector : List.of("COLLECTOR-1", "COLLECTOR-2")) {
      List<JsonNode> at = findings(root, "account", collector);
      assertFalse(at.isEmpty(), collector);
      assertTrue(texts(at.get(0).get("counterparties")).stream().allMatch(a -> a.startsWith("MULE-")), collector);
    }
  }

  @Test
  void scatterGatherFindsTheLayeringToTheCryptoExchange() throws Exception {
    JsonNode root = json("scatter-gather", DATA, "--json");
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode f : findings(root, "source", "COLLECTOR-1")) {
      if (f.get("sink").asText().equals("CRYPTO-EXCHANGE-X")) {
        found.add(f);
      }
    }
    assertEquals(1, found.size());
    assertEquals(6, found.get(0).get("intermediaries").size());
    assertEquals(12, found.get(0).get("transactions").size());
  }

  @Test
  void gatherScatterFindsTheCollectorAsAHub() throws Exception {
    JsonNode root = json("gather-scatter", DATA, "--json");
    List<JsonNode> hub = findings(root, "hub", "COLLECTOR-1");
    assertEquals(1, hub.size());
    assertTrue(texts(hub.get(0).get("sources")).stream().allMatch(a -> a.startsWith("MULE-")));
    assertEquals(List.of("LAYER-01", "LAYER-02", "LAYER-03", "LAYER-04", "LAYER-05", "LAYER-06"),
        texts(hub.get(0).get("sinks")));
  }

  @Test
  void mulesFindsEverySixMuleWithEpisodesAndRetention() throws Exception {
    JsonNode root = json("mules", DATA, "--json");
    Set<String> accounts = new TreeSet<>();
    for (JsonNode f : root.get("findings")) {
      accounts.add(f.get("account").asText());
      assertTrue(f.get("episodes").isArray() && f.get("episodes").size() >= 2);
      assertTrue(f.get("retention").asText().matches("-?\\d+\\.\\d{4}"), f.get("retention").toString());
    }
    assertTrue(accounts.containsAll(List.of("MULE-01", "MULE-02", "MULE-03", "MULE-04", "MULE-05", "MULE-06")),
        accounts.toString());
  }

  @Test
  void structuringFindsTheRunnerBothAsSenderAndAtTheReceivingCollector() throws Exception {
    JsonNode root = json("structuring", DATA, "--json");
    List<JsonNode> runner = findings(root, "account", "RUNNER-1");
    assertEquals(1, runner.size());
    assertEquals("sent", runner.get(0).get("direction").asText());
    assertEquals(List.of("TX00515", "TX00522", "TX00527", "TX00532"), texts(runner.get(0).get("transactions")));
    assertEquals("39050.00", runner.get(0).get("total").asText());
    assertEquals("received", findings(root, "account", "COLLECTOR-2").get(0).get("direction").asText());
  }

  @Test
  void detectorOptionsReachTheDetectorAndTheParameters() throws Exception {
    JsonNode fan = json("fanout", DATA, "--json", "--min-counterparties", "6", "--window", "1d", "--min-amount", "4000");
    assertEquals(Map.of("minCounterparties", 6, "window", "PT24H", "minAmount", "4000"),
        JSON.convertValue(fan.get("parameters"), Map.class));
    assertEquals(1, fan.get("count").asInt(), "only COLLECTOR-1 pays 6 accounts >= 4000 within a day");

    JsonNode mules = json("mules", DATA, "--json", "--ratio", "90%", "--max-delay", "48h", "--min-episodes", "3");
    assertEquals(Map.of("ratio", "0.9", "maxDelay", "PT48H", "minEpisodes", 3, "minAmount", "0"),
        JSON.convertValue(mules.get("parameters"), Map.class));
    for (JsonNode f : mules.get("findings")) {
      assertTrue(f.get("episodes").size() >= 3);
    }

    JsonNode s = json("structuring", DATA, "--json", "--threshold", "10000", "--threshold", "EUR=9900", "--margin", "5%",
        "--min-count", "3", "--window", "3d");
    assertEquals("9900", s.get("parameters").get("thresholds").get("EUR").asText());
    assertEquals("0.05", s.get("parameters").get("margin").asText());
    assertEquals("PT72H", s.get("parameters").get("window").asText());
    // band [9405, 9900): 9700, 9850, 9600 count, 9900 does not
    assertEquals(List.of("TX00515", "TX00522", "TX00527"),
        texts(findings(s, "account", "RUNNER-1").get(0).get("transactions")));
  }

  @Test
  void tableIsTheDefaultOutput() {
    CliRun r = run("scatter-gather", DATA);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("Rule:     scatter-gather: a source pays >= 3 distinct intermediaries"), r.out());
    assertTrue(r.out().contains("Findings: "));
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("source ") && l.contains("intermediaries")));
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("COLLECTOR-1") && l.contains("CRYPTO-EXCHANGE-X")
        && l.contains("27750.00 EUR") && l.contains("27150.00 EUR")), r.out());
  }

  @Test
  void csvGoesToTheFileAndNothingToStdout(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mules.csv");
    CliRun r = run("mules", DATA, "--csv", file.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("moneytrail: wrote "), r.err());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(String.join(",", Detector.MULES.columns()), lines.get(0));
    int count = json("mules", DATA, "--json").get("count").asInt();
    assertEquals(count + 1, lines.size());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("mules,MULE-03,EUR,")), lines.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "fanout|--window|soon|--window",
      "fanin|--min-counterparties|0|--min-counterparties",
      "scatter-gather|--min-amount|-5|--min-amount",
      "gather-scatter|--min-counterparties|many|--min-counterparties",
      "mules|--ratio|1.5|--ratio",
      "mules|--max-delay|-1h|--max-delay",
      "structuring|--margin|100%|--margin",
      "structuring|--threshold|EUR=ten|--threshold",
      "structuring|--min-count|0|--min-count"})
  void aBadOptionValueIsAUsageErrorNamingTheOption(String spec) {
    String[] p = spec.split("\\|");
    CliRun r = run(p[0], DATA, p[1], p[2]);
    assertEquals(2, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains(p[3]), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fanout|fan-out", "fanin|fan-in", "fan-out|fan-out"})
  void oldCommandNamesAreAliasesOfTheDetectorCommands(String spec) throws Exception {
    String[] p = spec.split("\\|");
    JsonNode root = json(p[0], DATA, "--json");
    assertEquals(p[1], root.get("detector").asText());
    assertEquals(p[1], root.get("findings").get(0).get("kind").asText());
  }

  @Test
  void jsonAndCsvTogetherIsAUsageError(@TempDir Path dir) {
    CliRun r = run("fanout", DATA, "--json", "--csv", dir.resolve("x.csv").toString());
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().contains("--json") && r.err().contains("--csv"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fanout", "fanin", "scatter-gather", "gather-scatter", "mules", "structuring"})
  void aMissingFileIsAnInputError(String command) {
    CliRun r = run(command, "../examples/data/no-such-file.csv", "--json");
    assertEquals(3, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("moneytrail: "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void noFindingsIsSaidInTheTable() {
    CliRun r = run("fanout", DATA, "--min-counterparties", "1000");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Findings: 0") && r.out().contains("No findings."), r.out());
  }

  @Test
  void theSameInputGivesByteIdenticalJson() {
    Iterator<String> commands = List.of("fanout", "gather-scatter", "mules").iterator();
    while (commands.hasNext()) {
      String c = commands.next();
      assertEquals(run(c, DATA, "--json").out(), run(c, DATA, "--json").out(), c);
    }
  }
}
