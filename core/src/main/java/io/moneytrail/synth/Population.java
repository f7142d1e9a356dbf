package io.moneytrail.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The accounts of the embedded background and who does what with whom, fixed for the whole period.
 * Account indices are laid out in blocks (employers, merchants, utilities, property companies,
 * exchanges, processors, persons, savings accounts); the emitter's permutation hides the layout.
 *
 * <p>Persons {@code 0 .. active-1} are <em>active</em>: they bank here fully (salary in; rent,
 * bills and groceries out). The other persons use the account now and then (card payments,
 * transfers, exchanges). All amounts are minor units at scale 2.
 */
final class Population {
  /** Mean number of utilities an active person pays each month (1 to 3). */
  static final double UTILITIES_PER_PERSON = 2.0;

  final Census census;
  final int merchantBase;
  final int utilityBase;
  final int companyBase;
  final int exchangeBase;
  final int processorBase;
  final int personBase;
  final int savingsBase;
  final int persons;
  final int active;
  final int savers;
  /** Home currency (index into the options' currencies) of every account. */
  final byte[] home;
  private final long salt;

  /** Salary (fixed) and savings account (or -1) per active person. */
  final long[] salary;
  final int[] savings;

  /** Employers' pay days and employees. */
  final Employment employment;
  /** Utilities' collection days and payers. */
  final DirectDebits debits;
  /** Landlords, tenants and flats. */
  final Tenancies tenancies;
  /** Exchanges' and processors' users. */
  final PlatformUsers platforms;

  /** Accounts given to planted patterns: persons (slots 0, 1, ...) and small shops (collectors). */
  final int[] plantedPersons;
  final int[] plantedShops;

  /**
   * @param census the organisations
   * @param active active persons, at most {@link Census#maxActive()}
   * @param currencies how many currencies there are (home currency of account i is i modulo this)
   * @param r the population's own random stream
   * @param personSlots persons planted patterns need (drawn from the active persons)
   * @param shopSlots small shops planted patterns need
   */
  Population(Census census, int active, int currencies, SplittableRandom r, int personSlots, int shopSlots) {
    this.census = census;
    this.active = active;
    this.savers = Census.savers(active);
    merchantBase = census.employers();
    utilityBase = merchantBase + census.merchants();
    companyBase = utilityBase + census.utilities();
    exchangeBase = companyBase + census.propertyCompanies();
    processorBase = exchangeBase + census.exchanges();
    personBase = processorBase + census.processors();
    persons = census.people() - savers;
    savingsBase = personBase + persons;
    if (active > persons || persons < 2) {
      throw new IllegalArgumentException("accounts: too few persons (" + persons + ") for " + active + " active ones");
    }
    salt = r.nextLong();
    home = new byte[census.accounts()];
    for (int i = 0; i < home.length; i++) {
      home[i] = (byte) (i % currencies);
    }

    salary = new long[active];
    savings = new int[active];
    int[] employerOf = new int[active];
    int employers = census.employers();
    Zipf zipf = new Zipf(employers);
    int neededSavers = savers;
    for (int a = 0; a < active; a++) {
      salary[a] = Draws.roundTo(Draws.logNormal(r, 260_000, 0.45, 110_000, 2_500_000), 100);
      employerOf[a] = zipf.rank(r.nextDouble());
      // selection sampling: exactly `savers` of the active persons have a savings account
      if (neededSavers > 0 && r.nextInt(active - a) < neededSavers) {
        savings[a] = savingsBase + (savers - neededSavers);
        home[savings[a]] = home[personBase + a];
        neededSavers--;
      } else {
        savings[a] = -1;
      }
    }
    employment = new Employment(employers, employerOf, r);
    debits = new DirectDebits(census.utilities(), active, personBase, r);
    tenancies = new Tenancies(census, personBase, merchantBase, companyBase, salary, persons, r);
    platforms = new PlatformUsers(census.exchanges(), census.processors(), persons, r);

    plantedPersons = sample(r, active, personSlots);
    for (int i = 0; i < personSlots; i++) {
      int a = plantedPersons[i];
      plantedPersons[i] = personBase + a;
      home[personBase + a] = 0;
      if (savings[a] >= 0) {
        home[savings[a]] = 0;
      }
    }
    plantedShops = sample(r, census.smallShops(), shopSlots);
    for (int i = 0; i < shopSlots; i++) {
      plantedShops[i] += merchantBase + census.firstSmallShop();
      home[plantedShops[i]] = 0;
    }
  }

  /** @return the first {@code k} of a seeded shuffle of {@code 0 .. n-1} */
  private static int[] sample(SplittableRandom r, int n, int k) {
    if (k > n) {
      throw new IllegalArgumentException("accounts: " + k + " needed, " + n + " available");
    }
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + r.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return Arrays.copyOf(all, k);
  }

  /** @return the account of person number {@code p} */
  int personAccount(int p) {
    return personBase + p;
  }

  /** @return how many family members and friends person {@code p} pays now and then (2-4) */
  int circleSize(int p) {
    return 2 + (int) ((Draws.mix(salt ^ (p * 0x632BE59BD9B4E019L)) >>> 33) % 3);
  }

  /** @return person number of member {@code i} of person {@code p}'s circle (never {@code p}) */
  int circleMember(int p, int i) {
    int span = Math.min(persons - 1, 400);
    long h = Draws.mix(salt + p * 8L + i) >>> 33;
    return (int) ((p + 1 + h % span) % persons);
  }

  /** @return merchant number (0-based) of active person {@code p}'s regular supermarket {@code i} (0-2) */
  int supermarket(int p, int i) {
    double h = Draws.unit(salt, p, i);
    return (int) (census.supermarkets() * h * h);
  }
}
