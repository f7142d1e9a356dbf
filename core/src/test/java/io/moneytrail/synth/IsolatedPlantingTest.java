package io.moneytrail.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.synth.GeneratedRun.Benign;
import io.moneytrail.synth.GeneratedRun.Label;
import io.moneytrail.synth.GeneratorOptions.Planting;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Isolated planting: the first generator, byte for byte, for workshops. */
class IsolatedPlantingTest {

  private static String sha256(String s) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The digests were computed with the generator of commit 76e9c78 (before embedded planting
   * existed) for the same options.
   */
  @Test
  void isolatedPlantingWritesTheSameBytesAsTheFirstGenerator() throws NoSuchAlgorithmException {
    GeneratorOptions defaultMix = GeneratorOptions.defaults().withAccounts(2_000).withDays(60).withTransactions(20_000)
        .withSeed(11).withCurrencies(List.of("EUR", "USD")).withPlanting(Planting.ISOLATED);
    GeneratorOptions leapMonth = GeneratorOptions.defaults().withAccounts(500).withDays(45).withTransactions(8_000)
        .withSeed(3).withTypologies(Map.of(Typology.CYCLE, 3, Typology.SCAM_CENTRE, 1, Typology.STRUCTURING, 2))
        .withStart(Instant.parse("2024-02-20T00:00:00Z")).withPlanting(Planting.ISOLATED);
    String[][] expected = {
        {"de45b1b31d0d1803ee699804679b431b6c070b7af76f11f74e2d2d0444aa288e",
            "44fd3a024729080f83af79d644cf30e2d68e63d8d61ca9cd43592defa982a38f"},
        {"6478e14d30c1a1dfae8be8486e4116d2e69560366d01ef878916828d4c43962c",
            "0039d1c2d84d5d8cbdcf1bfb8ee71ff6fbe37bb7d40e11847b83dcd97a3969d9"}};
    GeneratorOptions[] options = {defaultMix, leapMonth};
    for (int i = 0; i < options.length; i++) {
      StringWriter tx = new StringWriter();
      StringWriter labels = new StringWriter();
      new ScenarioGenerator(options[i]).generate(tx, labels, new StringWriter());
      assertEquals(expected[i][0], sha256(tx.toString()), "transactions of run " + i);
      assertEquals(expected[i][1], sha256(labels.toString()), "labels of run " + i);
    }
  }

  @Test
  void isolatedPatternsUseAccountsThatDoNothingElseAndOnlyRunsAreBenignGroups(@TempDir Path dir) throws IOException {
    GeneratorOptions options = GeneratorOptions.defaults().withAccounts(3_000).withDays(90).withTransactions(40_000)
        .withSeed(5).withPlanting(Planting.ISOLATED);
    GeneratedRun run = GeneratedRun.of(options, dir);
    Set<String> planted = new HashSet<>();
    run.patternAccounts().values().forEach(planted::addAll);
    assertEquals(run.summary.plantedAccounts(), planted.size());
    Set<Integer> labelled = run.labelledRows();
    for (int row = 0; row < run.ledger.size(); row++) {
      if (!labelled.contains(row)) {
        assertTrue(!planted.contains(run.from(row)) && !planted.contains(run.to(row)),
            "background row " + run.ledger.txId(row) + " touches a planted account");
      }
    }
    for (Label l : run.labels) {
      assertEquals("EUR", run.ledger.currency(l.row()));
    }
    Set<String> kinds = new HashSet<>();
    for (Benign b : run.benign) {
      kinds.add(b.kind());
      assertTrue(!labelled.contains(b.row()));
    }
    assertEquals(Set.of("payroll", "utility"), kinds);
    for (List<Benign> g : run.groups("payroll").values()) {
      assertEquals(25, run.date(g.get(0).row()).getDayOfMonth(), "salaries on the 25th");
    }
    for (List<Benign> g : run.groups("utility").values()) {
      assertEquals(1, run.date(g.get(0).row()).getDayOfMonth(), "bills on the 1st");
    }
  }
}
