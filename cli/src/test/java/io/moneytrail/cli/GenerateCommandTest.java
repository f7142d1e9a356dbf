package io.moneytrail.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
