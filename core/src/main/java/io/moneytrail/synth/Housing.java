package io.moneytrail.synth;

import java.util.SplittableRandom;

/**
 * Rent. Each landlord (a property company, or a person letting 1-4 homes) collects on its rent
 * day (3rd-8th of the month) by standing order (00:00-08:00): direct tenants (persons and shops)
 * pay their fixed rent; a flat's flatmates pay their shares to the lead tenant on one of the two
 * days before, and the lead pays the whole rent. One landlord's direct rents over the period are
 * one {@link BenignKind#LANDLORD} group; one flat's shares and rent of one month are one
 * {@link BenignKind#SHARED_BILL} group.
 */
final class Housing {
  /** Flatmates pay their shares up to this many days before the rent day. */
  static final int SHARES_BEFORE = 2;

  private final Tenancies tenancies;
  private final Calendar calendar;
  private final SplittableRandom random;
  private final int lastDay;
  private final GroupIds landlordGroups;
  private final GroupIds flatGroups = new GroupIds(0);
  private final int[] landlordStart = new int[33];
  private final int[] landlordByDay;
  private final long[] rowsByDay = new long[32];

  Housing(Population population, Calendar calendar, SplittableRandom random) {
    this.tenancies = population.tenancies;
    this.calendar = calendar;
    this.random = random;
    this.lastDay = calendar.days() - 1;
    int landlords = tenancies.landlords;
    landlordGroups = new GroupIds(landlords);
    for (int l = 0; l < landlords; l++) {
      landlordStart[tenancies.rentDay[l] + 1]++;
    }
    for (int d = 0; d < 32; d++) {
      landlordStart[d + 1] += landlordStart[d];
    }
    landlordByDay = new int[landlords];
    int[] fill = landlordStart.clone();
    for (int l = 0; l < landlords; l++) {
      int d = tenancies.rentDay[l];
      landlordByDay[fill[d]++] = l;
      for (int t = tenancies.tenancyStart[l]; t < tenancies.tenancyStart[l + 1]; t++) {
        int flat = tenancies.tenancyFlat[t];
        if (flat < 0) {
          rowsByDay[d]++;
        } else {
          rowsByDay[d - SHARES_BEFORE] += 1 + tenancies.mateStart[flat + 1] - tenancies.mateStart[flat];
        }
      }
    }
  }

  /** @return rows created on a day with this day of month (direct rents and flats' shares and rents) */
  long rowsOn(int dayOfMonth) {
    return rowsByDay[dayOfMonth];
  }

  void day(int day, DayRows rows, PendingRows pending) {
    int dom = calendar.dayOfMonth(day);
    for (int k = landlordStart[dom]; k < landlordStart[dom + 1]; k++) {
      int l = landlordByDay[k];
      for (int t = tenancies.tenancyStart[l]; t < tenancies.tenancyStart[l + 1]; t++) {
        if (tenancies.tenancyFlat[t] < 0) {
          rows.add(Draws.between(random, 0, 8), tenancies.tenant[t], tenancies.landlordAccount[l], tenancies.rent[t],
              BenignTag.of(BenignKind.LANDLORD, BenignRole.RENT, landlordGroups.of(l, 0)));
        }
      }
    }
    int rentDom = dom + SHARES_BEFORE;
    if (rentDom > 31) {
      return;
    }
    for (int k = landlordStart[rentDom]; k < landlordStart[rentDom + 1]; k++) {
      int l = landlordByDay[k];
      for (int t = tenancies.tenancyStart[l]; t < tenancies.tenancyStart[l + 1]; t++) {
        int flat = tenancies.tenancyFlat[t];
        if (flat >= 0) {
          long group = flatGroups.next();
          int lead = tenancies.tenant[t];
          int rentDay = Math.min(lastDay, day + SHARES_BEFORE);
          int latestShare = -1;
          for (int m = tenancies.mateStart[flat]; m < tenancies.mateStart[flat + 1]; m++) {
            int shareDay = Math.min(lastDay, day + random.nextInt(SHARES_BEFORE));
            int second = Draws.between(random, 8, 23);
            if (shareDay == rentDay) {
              latestShare = Math.max(latestShare, second);
            }
            pending.add(rows, shareDay, second, tenancies.mate[m], lead, tenancies.share[m],
                BenignTag.of(BenignKind.SHARED_BILL, BenignRole.SHARE, group));
          }
          int rentSecond = Draws.between(random, 0, 8);
          if (rentSecond <= latestShare) {
            rentSecond = Draws.after(random, latestShare);
          }
          pending.add(rows, rentDay, rentSecond, lead, tenancies.landlordAccount[l], tenancies.rent[t],
              BenignTag.of(BenignKind.SHARED_BILL, BenignRole.RENT, group));
        }
      }
    }
  }

  long landlordGroups() {
    return landlordGroups.count();
  }

  long sharedBillGroups() {
    return flatGroups.count();
  }

  /** @return an upper bound of the landlord groups */
  long maxLandlordGroups() {
    return tenancies.landlords;
  }

  /** @return an upper bound of the shared-bill groups: every flat in every month */
  long maxSharedBillGroups() {
    return (long) tenancies.flats * calendar.months();
  }
}
