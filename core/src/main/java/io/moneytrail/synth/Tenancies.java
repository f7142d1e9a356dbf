package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Who rents from whom. Of the active persons {@value #OWNERS} in a hundred own their home,
 * {@value #TENANTS} rent directly (rent 22-38 % of the salary, 350-3,500, to 10) and the rest share
 * a flat: a lead tenant and the next 1-3 active persons, who pay the lead their share of the flat's
 * rent (log-normal around 1,400) plus up to 60 for bills. Half the households rent from a property
 * company (chosen with a tail towards the first), half from a private landlord: a person, from the
 * last person down, letting to 1-4 households. Every merchant rents its shop from a property
 * company (log-normal around 1,800). Landlords (property companies first, then private ones) collect
 * on a fixed day, the 3rd-8th. Tenancies are CSR by landlord; flatmates CSR by flat.
 */
final class Tenancies {
  /** Share of active persons (per hundred) that own their home. */
  static final int OWNERS = 40;
  /** Share of active persons (per hundred) renting directly from a landlord. */
  static final int TENANTS = 35;

  final int landlords;
  final int[] landlordAccount;
  final byte[] rentDay;
  final int[] tenancyStart;
  final int[] tenant;
  final long[] rent;
  /** The tenancy's flat, or -1 when the tenant pays directly. */
  final int[] tenancyFlat;
  final int flats;
  final int[] mateStart;
  final int[] mate;
  final long[] share;

  /**
   * @param salary each active person's salary (minor units)
   * @param persons all persons (private landlords are drawn from the last one down)
   */
  Tenancies(Census census, int personBase, int merchantBase, int companyBase, long[] salary, int persons,
      SplittableRandom r) {
    int active = salary.length;
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
    int[] order = tenancies.order(landlords, tenancyStart);
    tenant = tenancies.accounts(order);
    rent = tenancies.amounts(order);
    tenancyFlat = tenancies.extras(order);
    flats = flatCount;
    mateStart = new int[flats + 1];
    int[] mateOrder = mates.order(flats, mateStart);
    mate = mates.accounts(mateOrder);
    share = mates.amounts(mateOrder);
  }

  private static boolean inHousehold(int person, int lead, int flatmates) {
    return person >= lead && person <= lead + flatmates;
  }
}
