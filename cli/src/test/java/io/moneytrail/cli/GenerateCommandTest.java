package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.synth.GeneratorOptions;
import io.moneytrail.synth.GeneratorOptions.Planting;
import io.moneytrail.synth.ScenarioGenerator;
import io.moneytrail.synth.Typology;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  private static CliRun generate(Path dir, String name, String... extra) {
    String[] base = {"generate", "--out", dir.resolve(name + ".csv").toString(), "--labels",
        dir.resolve(name + "-labels.csv").toString(), "--accounts", "1000", "--days", "60", "--transactions", "5000",
        "--seed", "9"};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  @Test
  void writesByteIdenticalFilesForTheSameSeed(@TempDir Path dir) throws IOException {
    CliRun a = generate(dir, "a", "--typologies", "fan_in=3,cycle=2,scam_centre=1");
    CliRun b = generate(dir, "b", "--typologies", "fan_in=3,cycle=2,scam_centre=1");
    assertEquals(0, a.exitCode(), a.err());
    assertEquals(0, b.exitCode(), b.err());
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.csv")), Files.readAllBytes(dir.resolve("b.csv")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a-labels.csv")), Files.readAllBytes(dir.resolve("b-labels.csv")));
    assertEquals(5001, Files.readAllLines(dir.resolve("a.csv")).size());
    assertTrue(a.out().contains("wrote 5000 transactions"), a.out());
    assertTrue(a.out().contains("fan_in=3,cycle=2,scam_centre=1"), a.out());
  }

  @Test
  void anUnknownTypologyIsAUsageError(@TempDir Path dir) {
    CliRun r = generate(dir, "x", "--typologies", "smurfing=3");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown typology 'smurfing'"), r.err());
  }

  @Test
  void tooFewAccountsForTheTypologiesIsAUsageError(@TempDir Path dir) {
    CliRun r = generate(dir, "x", "--typologies", "scam_centre=100");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("accounts must be at least"), r.err());
  }

  @Test
  void isolatedPlantingWritesTheLibrarysIsolatedBytesAndDiffersFromTheDefault(@TempDir Path dir) throws IOException {
    CliRun isolated = generate(dir, "iso", "--typologies", "fan_in=3,cycle=2", "--planting", "isolated");
    CliRun embedded = generate(dir, "emb", "--typologies", "fan_in=3,cycle=2");
    assertEquals(0, isolated.exitCode(), isolated.err());
    assertEquals(0, embedded.exitCode(), embedded.err());
    assertTrue(isolated.out().contains("isolated planting"), isolated.out());
    assertTrue(embedded.out().contains("embedded planting"), embedded.out());
    GeneratorOptions options = new GeneratorOptions(1000, 60, 5000, 9, Map.of(Typology.FAN_IN, 3, Typology.CYCLE, 2),
        Instant.parse("2025-01-01T00:00:00Z"), List.of("EUR"), Planting.ISOLATED);
    StringWriter tx = new StringWriter();
    StringWriter labels = new StringWriter();
    new ScenarioGenerator(options).generate(tx, labels);
    assertEquals(tx.toString(), Files.readString(dir.resolve("iso.csv"), StandardCharsets.UTF_8));
    assertEquals(labels.toString(), Files.readString(dir.resolve("iso-labels.csv"), StandardCharsets.UTF_8));
    assertTrue(!Files.readString(dir.resolve("emb.csv")).equals(tx.toString()), "embedded is the default");
  }

  @Test
  void theBenignFileIsWrittenOnlyWhenAskedAndLeavesTheOtherFilesAlone(@TempDir Path dir) throws IOException {
    Path benign = dir.resolve("benign.csv");
    CliRun with = generate(dir, "with", "--typologies", "fan_in=3,scam_centre=1", "--benign", benign.toString());
    CliRun without = generate(dir, "without", "--typologies", "fan_in=3,scam_centre=1");
    assertEquals(0, with.exitCode(), with.err());
    assertEquals(0, without.exitCode(), without.err());
    assertArrayEquals(Files.readAllBytes(dir.resolve("with.csv")), Files.readAllBytes(dir.resolve("without.csv")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("with-labels.csv")),
        Files.readAllBytes(dir.resolve("without-labels.csv")));
    List<String> rows = Files.readAllLines(benign);
    assertEquals("tx_id,kind,group_id,role", rows.get(0));
    assertTrue(rows.size() > 100, "benign rows: " + rows.size());
    assertTrue(rows.stream().skip(1).allMatch(r -> r.matches("T\\d+,[a-z_]+,[a-z_]+-\\d{4,},[a-z_]+")), rows.get(1));
    try (var files = Files.list(dir)) {
      assertEquals(5, files.count(), "no benign file without --benign");
    }
    assertTrue(with.out().contains("benign look-alikes to " + benign), with.out());
    assertTrue(with.out().contains("benign look-alike groups: payroll="), with.out());
    assertTrue(without.out().contains("benign look-alike groups: payroll="), without.out());
  }

  @Test
  void anUnknownPlantingOrABenignFileThatIsAnotherOutputIsAUsageError(@TempDir Path dir) {
    CliRun planting = generate(dir, "x", "--planting", "hidden");
    assertEquals(2, planting.exitCode());
    assertTrue(planting.err().contains("planting must be embedded or isolated"), planting.err());
    CliRun same = generate(dir, "y", "--benign", dir.resolve("y.csv").toString());
    assertEquals(2, same.exitCode());
    assertTrue(same.err().contains("must be different files"), same.err());
  }
}
