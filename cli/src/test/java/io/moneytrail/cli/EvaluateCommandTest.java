package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.moneytrail.report.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @Test
  void jsonHasOneEntryPerTypologyWithTheContractKeys(@TempDir Path dir) throws Exception {
    String tx = dir.resolve("tx.csv").toString();
    String labels = dir.resolve("labels.csv").toString();
    CliRun g = CliRun.of("generate", "--out", tx, "--labels", labels, "--accounts", "2000", "--days", "60",
        "--transactions", "20000", "--seed", "3", "--typologies", "fan_in=4,cycle=3,structuring=2");
    assertEquals(0, g.exitCode(), g.err());
    CliRun r = CliRun.of("evaluate", tx, "--labels", labels, "--json", "--no-progress", "--set", "fan-in.window=3d",
        "--set", "fan-out.window=3d", "--set", "cycles.window=20d");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = Json.mapper().readTree(r.out());
    List<String> names = new ArrayList<>();
    for (JsonNode t : root.get("typologies")) {
      names.add(t.get("typology").asText());
      List<String> keys = new ArrayList<>();
      t.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("typology", "labelled", "found", "txPrecision", "txRecall", "accountPrecision",
          "accountRecall"), keys);
      assertEquals(t.get("labelled").asInt(), t.get("found").asInt(), t.toString());
    }
    assertEquals(List.of("cycle", "fan_in", "structuring"), names);
    assertEquals(4, root.get("typologies").get(1).get("labelled").asInt());
  }

  @Test
  void tableByDefaultAndLabelColumnOfAmlsim() {
    CliRun r = CliRun.of("evaluate", "../examples/data/amlsim-sample.csv", "--label-column", "is_sar", "--no-progress");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("typology"), r.out());
    // the 3-account cycle of alert 7 is the only labelled group and the cycle detector finds it
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("is_sar") && l.matches("is_sar\\s+1\\s+1\\s.*")), r.out());
  }

  @Test
  void labelsAndLabelColumnTogetherAreAUsageErrorAndAMissingLabelsFileAnInputError() {
    assertEquals(2, CliRun.of("evaluate", "../examples/data/amlsim-sample.csv", "--label-column", "is_sar", "--labels",
        "x.csv").exitCode());
    CliRun r = CliRun.of("evaluate", "../examples/data/amlsim-sample.csv", "--labels", "no-such-labels.csv");
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("no-such-labels.csv"), r.err());
  }
}
