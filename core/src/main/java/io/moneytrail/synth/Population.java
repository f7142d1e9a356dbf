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
  /** Share of active persons (per hundred) that own their home; the others rent. */
  static final int OWNERS = 40;
  /** Share of active persons (per hundred) renting directly from a landlord. */
  static final int TENANTS = 35;
  /** Share of persons (per hundred) that use a crypto exchange. */
  static final int EXCHANGE_USERS = 12;
  /** Share of persons (per hundred) that use a payment processor. */
  static final int PROCESSOR_USERS = 25;
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

  /** Per employer: day of month it pays (1-28), second of day its run starts, its employees (CSR). */
  final byte[] payDay;
  final int[] paySecond;
  final int[] employeeStart;
  final int[] employee;

  /** Per utility: day of month it collects, second of day the run starts, its payers (CSR). */
  final byte[] billDay;
  final int[] billSecond;
  final int[] payerStart;
  final int[] payer;
  final long[] billBase;

  /** Per landlord (property companies first, then private landlords): account, rent day, tenancies. */
  final int landlords;
  final int[] landlordAccount;
  final byte[] rentDay;
  final int[] tenancyStart;
  final int[] tenant;
  final long[] rent;
  /** The tenancy's flat, or -1 when the tenant pays directly. */
  final int[] tenancyFlat;

  /** Per flat: its flatmates (CSR, accounts) and each one's monthly share paid to the lead tenant. */
  final int flats;
  final int[] mateStart;
  final int[] mate;
  final long[] share;

  /** Users (person numbers) per platform: exchanges {@code 0 .. X-1}, then processors (CSR). */
  final int[] platformUserStart;
  final int[] platformUser;
  /** The platform of each slot of {@link #platformUser}. */
  final byte[] platformOfUser;

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
    payDay = new byte[employers];
    paySecond = new int[employers];
    for (int e = 0; e < employers; e++) {
      int k = r.nextInt(100);
      payDay[e] = (byte) (k < 60 ? 25 + r.nextInt(4) : k < 75 ? 15 : k < 85 ? 1 : 1 + r.nextInt(28));
      paySecond[e] = Draws.between(r, 0, 6);
    }
    employeeStart = new int[employers + 1];
    employee = Csr.groupBy(employerOf, employers, employeeStart, active);

    int utilities = census.utilities();
    billDay = new byte[utilities];
    billSecond = new int[utilities];
    for (int u = 0; u < utilities; u++) {
      billDay[u] = (byte) (1 + r.nextInt(28));
      billSecond[u] = Draws.between(r, 1, 6);
    }
    Csr bills = new Csr();
    for (int a = 0; a < active; a++) {
      int n = Math.min(utilities, 1 + r.nextInt(3));
      double v = r.nextDouble();
      int first = (int) (utilities * v * v);
      for (int k = 0; k < n; k++) {
        bills.add((first + k) % utilities, personBase + a, Draws.logNormal(r, 7_000, 0.6, 1_500, 40_000), -1);
      }
    }
    payerStart = new int[utilities + 1];
    int[] billOrder = bills.order(utilities, payerStart);
    payer = bills.accounts(billOrder);
    billBase = bills.amounts(billOrder);

    // housing: owners, direct tenants, flats (a lead tenant and 1-3 flatmates)
    int companies = census.propertyCompanies();
    Csr tenancies = new Csr();
    Csr mates = new Csr();
    int[] privateLandlord = new int[Math.max(1, active)];
    int privates = 0;
    int nextPrivate = persons - 1;
    int capacity = 0;
    int flatCount = 0;
    for (int a = 0; a < active; a++) {
      int k = r.nextInt(100);
      if (k < OWNERS) {
        continue;
      }
      boolean flat = k >= OWNERS + TENANTS && a + 1 < active;
      int flatmates = flat ? Math.min(active - a - 1, 1 + r.nextInt(3)) : 0;
      boolean fromPrivate = r.nextBoolean();
      double v = r.nextDouble();
      int landlord = (int) (companies * v * v);
      if (fromPrivate) {
        // private landlords are persons (from the last person down), each letting to 1-4 households
        if (capacity == 0) {
          while (nextPrivate >= 0 && inHousehold(nextPrivate, a, flatmates)) {
            nextPrivate--;
          }
          if (nextPrivate >= 0) {
            privateLandlord[privates++] = nextPrivate--;
            capacity = 1 + r.nextInt(4);
          }
        }
        if (capacity > 0 && !inHousehold(privateLandlord[privates - 1], a, flatmates)) {
          capacity--;
          landlord = companies + privates - 1;
        }
      }
      if (flat) {
        long total = Draws.roundTo(Draws.logNormal(r, 140_000, 0.3, 60_000, 400_000), 1_000);
        long each = total / (flatmates + 1);
        for (int m = 1; m <= flatmates; m++) {
          mates.add(flatCount, personBase + a + m, Draws.roundTo(each + r.nextInt(6_000), 100), -1);
        }
        tenancies.add(landlord, personBase + a, total, flatCount++);
        a += flatmates;
      } else {
        long due = Draws.roundTo(salary[a] * (22 + r.nextInt(17)) / 100, 1_000);
        tenancies.add(landlord, personBase + a, Math.max(35_000, Math.min(350_000, due)), -1);
      }
    }
    for (int m = 0; m < census.merchants(); m++) {
      double v = r.nextDouble();
      tenancies.add((int) (companies * v * v), merchantBase + m,
          Draws.roundTo(Draws.logNormal(r, 180_000, 0.6, 60_000, 900_000), 1_000), -1);
    }
    landlords = companies + privates;
    landlordAccount = new int[landlords];
    rentDay = new byte[landlords];
    for (int l = 0; l < landlords; l++) {
      landlordAccount[l] = l < companies ? companyBase + l : personBase + privateLandlord[l - companies];
      rentDay[l] = (byte) (3 + r.nextInt(6));
    }
    tenancyStart = new int[landlords + 1];
    int[] tenancyOrder = tenancies.order(landlords, tenancyStart);
    tenant = tenancies.accounts(tenancyOrder);
    rent = tenancies.amounts(tenancyOrder);
    tenancyFlat = tenancies.extras(tenancyOrder);
    flats = flatCount;
    mateStart = new int[flats + 1];
    int[] mateOrder = mates.order(flats, mateStart);
    mate = mates.accounts(mateOrder);
    share = mates.amounts(mateOrder);

    int exchanges = census.exchanges();
    int platforms = exchanges + census.processors();
    int[] platformOf = new int[persons];
    for (int p = 0; p < persons; p++) {
      int k = r.nextInt(100);
      double v = r.nextDouble();
      platformOf[p] = k < EXCHANGE_USERS ? (int) (exchanges * v * v)
          : k < EXCHANGE_USERS + PROCESSOR_USERS ? exchanges + (int) (census.processors() * v * v) : -1;
    }
    platformUserStart = new int[platforms + 1];
    platformUser = Csr.groupBy(platformOf, platforms, platformUserStart, persons);
    platformOfUser = new byte[platformUser.length];
    for (int x = 0; x < platforms; x++) {
      Arrays.fill(platformOfUser, platformUserStart[x], platformUserStart[x + 1], (byte) x);
    }

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

  private boolean inHousehold(int person, int lead, int flatmates) {
    return person >= lead && person <= lead + flatmates;
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
