package io.moneytrail.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The population's shape at the size the generator documents its rates for: 50,000 accounts,
 * 1,000,000 rows over 365 days, the default typologies (files read line by line, not through the
 * loader, to keep the test quick).
 */
class PopulationAtScaleTest {
  static final GeneratorOptions OPTIONS = GeneratorOptions.defaults().withAccounts(50_000);

  /** Documented share of rows (per cent) of each benign kind, and the bounds a run must keep. */
  private static final Map<BenignKind, double[]> SHARES = new EnumMap<>(Map.of(
      BenignKind.PAYROLL, new double[] {6.4, 5.0, 8.0},
      BenignKind.UTILITY, new double[] {12.9, 10.0, 16.0},
      BenignKind.LANDLORD, new double[] {2.0, 1.4, 2.8},
      BenignKind.SHARED_BILL, new double[] {3.2, 2.3, 4.2},
      BenignKind.OWN_ACCOUNT_SWEEP, new double[] {3.9, 3.0, 5.0},
      BenignKind.FAMILY_ROUND_TRIP, new double[] {2.9, 2.0, 4.0},
      BenignKind.MERCHANT, new double[] {0.6, 0.3, 1.2},
      BenignKind.EXCHANGE, new double[] {2.8, 2.0, 3.8},
      BenignKind.PROCESSOR, new double[] {5.7, 4.3, 7.5}));

  @TempDir
  static Path dir;
  private static GenerationSummary summary;
  /** Benign kind and role of each tagged row, by row number. */
  private static final Map<Long, String[]> BENIGN = new HashMap<>();
  /** Counterparties of each platform and employees of each employer. */
  private static final Map<String, Set<String>> PLATFORM_COUNTERPARTIES = new HashMap<>();
  private static final Map<String, Set<String>> PLATFORM_ROLES = new HashMap<>();
  private static final Map<String, Set<String>> EMPLOYEES = new HashMap<>();

  @BeforeAll
  static void generate() throws IOException {
    Path tx = dir.resolve("tx.csv");
    Path benign = dir.resolve("benign.csv");
    try (Writer t = Files.newBufferedWriter(tx, StandardCharsets.UTF_8);
        Writer b = Files.newBufferedWriter(benign, StandardCharsets.UTF_8)) {
      summary = new ScenarioGenerator(OPTIONS).generate(t, Writer.nullWriter(), b);
    }
    try (BufferedReader r = Files.newBufferedReader(benign, StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split(",");
        if (c[1].equals("exchange") || c[1].equals("processor") || c[1].equals("payroll")) {
          BENIGN.put(Long.parseLong(c[0].substring(1)), c);
        }
      }
    }
    try (BufferedReader r = Files.newBufferedReader(tx, StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] b = BENIGN.get(Long.parseLong(line.substring(1, line.indexOf(','))));
        if (b == null) {
          continue;
        }
        String[] c = line.split(",");
        if (b[1].equals("payroll")) {
          EMPLOYEES.computeIfAbsent(c[2], k -> new HashSet<>()).add(c[3]);
        } else {
          boolean in = b[3].equals("top_up") || b[3].equals("payment");
          String platform = b[1] + " " + (in ? c[3] : c[2]);
          PLATFORM_COUNTERPARTIES.computeIfAbsent(platform, k -> new HashSet<>()).add(in ? c[2] : c[3]);
          PLATFORM_ROLES.computeIfAbsent(platform, k -> new HashSet<>()).add(b[3]);
        }
      }
    }
  }

  @Test
  void eachBenignKindTakesItsDocumentedShareOfRows() {
    assertEquals(1_000_000, summary.rows());
    for (Map.Entry<BenignKind, double[]> e : SHARES.entrySet()) {
      double share = 100.0 * summary.benignRows().getOrDefault(e.getKey(), 0L) / summary.rows();
      double[] bounds = e.getValue();
      assertTrue(share >= bounds[1] && share <= bounds[2],
          e.getKey().label() + " " + share + " % of rows, documented about " + bounds[0] + " %");
    }
    Census census = Census.of(OPTIONS.accounts());
    assertTrue(summary.benignGroups().get(BenignKind.PAYROLL) >= census.employers() * 12L * 9 / 10);
    assertEquals(census.utilities() * 12L, summary.benignGroups().get(BenignKind.UTILITY));
    assertEquals(census.exchanges() * 365L, summary.benignGroups().get(BenignKind.EXCHANGE));
    assertEquals(census.processors() * 365L, summary.benignGroups().get(BenignKind.PROCESSOR));
  }

  @Test
  void exchangesAndProcessorsEachHaveThousandsOfCounterpartiesBothWays() {
    int exchanges = 0;
    int processors = 0;
    int largestExchange = 0;
    int largestProcessor = 0;
    for (Map.Entry<String, Set<String>> e : PLATFORM_COUNTERPARTIES.entrySet()) {
      int n = e.getValue().size();
      assertTrue(n >= 800, e.getKey() + " has " + n + " counterparties");
      assertEquals(2, PLATFORM_ROLES.get(e.getKey()).size(), e.getKey() + " receives from and pays out to persons");
      if (e.getKey().startsWith("exchange")) {
        exchanges++;
        largestExchange = Math.max(largestExchange, n);
      } else {
        processors++;
        largestProcessor = Math.max(largestProcessor, n);
      }
    }
    Census census = Census.of(OPTIONS.accounts());
    assertEquals(census.exchanges(), exchanges);
    assertEquals(census.processors(), processors);
    assertTrue(largestExchange >= 2_500, "largest exchange " + largestExchange);
    assertTrue(largestProcessor >= 5_000, "largest processor " + largestProcessor);
  }

  @Test
  void employersRangeFromAFewWithHundredsOfEmployeesToManyWithAHandful() {
    List<Integer> sizes = new ArrayList<>();
    EMPLOYEES.values().forEach(s -> sizes.add(s.size()));
    sizes.sort(null);
    int median = sizes.get(sizes.size() / 2);
    int largest = sizes.get(sizes.size() - 1);
    long small = sizes.stream().filter(n -> n <= 10).count();
    assertTrue(median <= 15, "median employer " + median);
    assertTrue(small >= sizes.size() / 3, "employers with at most 10 employees: " + small + " of " + sizes.size());
    assertTrue(largest >= 500 && largest >= 40 * median, "largest employer " + largest + ", median " + median);
    assertTrue(sizes.stream().filter(n -> n >= 200).count() >= 3, "a few big employers");
  }
}
