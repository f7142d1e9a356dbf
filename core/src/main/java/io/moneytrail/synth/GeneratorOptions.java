package io.moneytrail.synth;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Options of the {@link ScenarioGenerator}.
 *
 * @param accounts number of accounts in the data, planted ones included; at least 100 and enough
 *     for the planted patterns (each needs 3 to 50 accounts: of its own in isolated planting, drawn
 *     from the active persons, about three quarters of the accounts at most, in embedded planting)
 * @param days number of days covered, starting at {@code start}; 1 to 36,600; patterns that span
 *     longer than this are squeezed into it
 * @param transactions number of transaction rows written, planted ones included; at least 1, at
 *     least the number of planted rows (in embedded planting also their accounts' monthly salary,
 *     rent and bills), and at most {@link #MAX_PER_DAY} a day
 * @param seed the seed: the same options give byte-identical output
 * @param typologies how many patterns to plant per typology, each count 0 to 100,000 (missing
 *     typologies plant none); iterated in {@link Typology} order
 * @param start time of the first day's midnight; must be a whole second
 * @param currencies ISO-like currency codes (3 upper-case letters), at least one: every account's
 *     home currency is one of them (background payments are in the payer's home currency); planted
 *     patterns use the first (in {@link Planting#EMBEDDED} mode their accounts have it as home currency)
 * @param planting where planted patterns live: on ordinary accounts ({@link Planting#EMBEDDED}, the
 *     default) or on accounts of their own ({@link Planting#ISOLATED})
 */
public record GeneratorOptions(int accounts, int days, long transactions, long seed, Map<Typology, Integer> typologies,
    Instant start, List<String> currencies, Planting planting) {

  /** Where the planted patterns live. */
  public enum Planting {
    /**
     * Planted patterns use accounts of the ordinary population (persons; small shops for
     * scam-centre collectors), which keep all their ordinary activity, and the background has
     * benign look-alikes (payroll, merchants, landlords, utilities, family round trips, own-account
     * sweeps, shared bills, exchanges, payment processors). The default.
     */
    EMBEDDED("embedded"),
    /**
     * Planted patterns use accounts of their own that do nothing else, beside the simpler background
     * of the first generator (byte-identical to it for the same options): easy to see, for workshops.
     */
    ISOLATED("isolated");

    private final String label;

    Planting(String label) {
      this.label = label;
    }

    /** @return the name used on the command line, {@code embedded} or {@code isolated} */
    public String label() {
      return label;
    }

    /**
     * @param name {@code embedded} or {@code isolated}, any case
     * @return the mode
     * @throws IllegalArgumentException naming the known modes
     */
    public static Planting byLabel(String name) {
      for (Planting p : values()) {
        if (p.label.equalsIgnoreCase(name.trim())) {
          return p;
        }
      }
      throw new IllegalArgumentException("planting must be embedded or isolated, was '" + name + "'");
    }
  }

  /** Largest number of transactions a day ({@code transactions / days}): one day is held in memory. */
  public static final long MAX_PER_DAY = 20_000_000L;

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** Validates every option and copies the map and list. */
  public GeneratorOptions {
    Objects.requireNonNull(typologies, "typologies");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(currencies, "currencies");
    Objects.requireNonNull(planting, "planting");
    if (accounts < 100) {
      throw new IllegalArgumentException("accounts must be at least 100, was " + accounts);
    }
    if (days < 1 || days > 36_600) {
      throw new IllegalArgumentException("days must be between 1 and 36600, was " + days);
    }
    if (transactions < 1) {
      throw new IllegalArgumentException("transactions must be at least 1, was " + transactions);
    }
    if (transactions / days > MAX_PER_DAY) {
      throw new IllegalArgumentException("transactions must be at most " + MAX_PER_DAY + " a day (one day is held in "
          + "memory), was " + transactions + " over " + days + " days");
    }
    EnumMap<Typology, Integer> copy = new EnumMap<>(Typology.class);
    for (Map.Entry<Typology, Integer> e : typologies.entrySet()) {
      Objects.requireNonNull(e.getKey(), "typology");
      int n = Objects.requireNonNull(e.getValue(), "typology count");
      if (n < 0 || n > 100_000) {
        throw new IllegalArgumentException("typologies: count of " + e.getKey().label() + " must be between 0 and 100000, was " + n);
      }
      copy.put(e.getKey(), n);
    }
    typologies = Collections.unmodifiableMap(copy);
    if (start.getNano() != 0) {
      throw new IllegalArgumentException("start must be a whole second, was " + start);
    }
    if (currencies.isEmpty()) {
      throw new IllegalArgumentException("currencies must not be empty");
    }
    for (String c : currencies) {
      if (c == null || !CURRENCY.matcher(c).matches()) {
        throw new IllegalArgumentException("currencies: each must be 3 upper-case letters, was " + c);
      }
    }
    currencies = List.copyOf(currencies);
  }

  /**
   * Options with {@link Planting#EMBEDDED} planting.
   *
   * @param accounts see the record
   * @param days see the record
   * @param transactions see the record
   * @param seed see the record
   * @param typologies see the record
   * @param start see the record
   * @param currencies see the record
   */
  public GeneratorOptions(int accounts, int days, long transactions, long seed, Map<Typology, Integer> typologies,
      Instant start, List<String> currencies) {
    this(accounts, days, transactions, seed, typologies, start, currencies, Planting.EMBEDDED);
  }

  /**
   * @return 10,000 accounts, 365 days, 1,000,000 transactions, seed 1, the default mix
   *     (fan_in 30, fan_out 30, cycle 30, scatter_gather 25, gather_scatter 25, mule_chain 20,
   *     structuring 10, scam_centre 5), start 2025-01-01T00:00:00Z, EUR, embedded planting
   */
  public static GeneratorOptions defaults() {
    return new GeneratorOptions(10_000, 365, 1_000_000, 1, defaultTypologies(),
        Instant.parse("2025-01-01T00:00:00Z"), List.of("EUR"), Planting.EMBEDDED);
  }

  /** @return the default typology mix (see {@link #defaults()}) */
  public static Map<Typology, Integer> defaultTypologies() {
    EnumMap<Typology, Integer> m = new EnumMap<>(Typology.class);
    m.put(Typology.FAN_IN, 30);
    m.put(Typology.FAN_OUT, 30);
    m.put(Typology.CYCLE, 30);
    m.put(Typology.SCATTER_GATHER, 25);
    m.put(Typology.GATHER_SCATTER, 25);
    m.put(Typology.MULE_CHAIN, 20);
    m.put(Typology.STRUCTURING, 10);
    m.put(Typology.SCAM_CENTRE, 5);
    return m;
  }

  /** @param n number of accounts @return a copy with it */
  public GeneratorOptions withAccounts(int n) {
    return new GeneratorOptions(n, days, transactions, seed, typologies, start, currencies, planting);
  }

  /** @param n number of days @return a copy with it */
  public GeneratorOptions withDays(int n) {
    return new GeneratorOptions(accounts, n, transactions, seed, typologies, start, currencies, planting);
  }

  /** @param n number of transaction rows @return a copy with it */
  public GeneratorOptions withTransactions(long n) {
    return new GeneratorOptions(accounts, days, n, seed, typologies, start, currencies, planting);
  }

  /** @param s the seed @return a copy with it */
  public GeneratorOptions withSeed(long s) {
    return new GeneratorOptions(accounts, days, transactions, s, typologies, start, currencies, planting);
  }

  /** @param counts patterns per typology @return a copy with them */
  public GeneratorOptions withTypologies(Map<Typology, Integer> counts) {
    return new GeneratorOptions(accounts, days, transactions, seed, counts, start, currencies, planting);
  }

  /** @param t first midnight, a whole second @return a copy with it */
  public GeneratorOptions withStart(Instant t) {
    return new GeneratorOptions(accounts, days, transactions, seed, typologies, t, currencies, planting);
  }

  /** @param codes currency codes @return a copy with them */
  public GeneratorOptions withCurrencies(List<String> codes) {
    return new GeneratorOptions(accounts, days, transactions, seed, typologies, start, codes, planting);
  }

  /** @param p where planted patterns live @return a copy with it */
  public GeneratorOptions withPlanting(Planting p) {
    return new GeneratorOptions(accounts, days, transactions, seed, typologies, start, currencies, p);
  }

  /** @param typology a typology @return how many patterns of it are planted */
  public int count(Typology typology) {
    return typologies.getOrDefault(typology, 0);
  }

  /**
   * Parses a typology list such as {@code fan_in=30,cycle=5}.
   *
   * @param text comma-separated {@code name=count} entries
   * @return the counts
   * @throws IllegalArgumentException naming the bad entry
   */
  public static Map<Typology, Integer> parseTypologies(String text) {
    EnumMap<Typology, Integer> m = new EnumMap<>(Typology.class);
    for (String part : text.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("typologies: expected name=count, was '" + p + "'");
      }
      String name = p.substring(0, eq);
      Typology t = Typology.byLabel(name).orElseThrow(() -> new IllegalArgumentException(
          "typologies: unknown typology '" + name.trim() + "' (known: fan_in, fan_out, cycle, scatter_gather, "
              + "gather_scatter, mule_chain, structuring, scam_centre)"));
      try {
        m.put(t, Integer.parseInt(p.substring(eq + 1).trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("typologies: count of " + t.label() + " is not a whole number: '"
            + p.substring(eq + 1).trim() + "'", e);
      }
    }
    return m;
  }
}
