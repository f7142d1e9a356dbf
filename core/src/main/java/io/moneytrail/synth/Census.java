package io.moneytrail.synth;

/**
 * How many organisations of each kind the embedded background has, derived from the number of
 * accounts alone so that the population's shape is the same at 10,000 and at 500,000 accounts. The
 * rest of the accounts are persons and persons' savings accounts.
 *
 * @param accounts all accounts
 * @param employers {@code max(1, accounts / 250)}
 * @param merchants {@code max(10, accounts / 100)}
 * @param utilities {@code min(8, 3 + accounts / 200,000)}
 * @param propertyCompanies {@code max(1, accounts / 5,000)}
 * @param exchanges {@code min(3, 1 + accounts / 25,000)}
 * @param processors {@code min(3, 1 + accounts / 25,000)}
 */
record Census(int accounts, int employers, int merchants, int utilities, int propertyCompanies, int exchanges,
    int processors) {

  /** Savings accounts per ten active persons. */
  static final int SAVERS_PER_TEN = 3;

  static Census of(int accounts) {
    int platforms = Math.min(3, 1 + accounts / 25_000);
    return new Census(accounts, Math.max(1, accounts / 250), Math.max(10, accounts / 100),
        Math.min(8, 3 + accounts / 200_000), Math.max(1, accounts / 5_000), platforms, platforms);
  }

  /** @return accounts of organisations (all but persons and savings accounts) */
  int organisations() {
    return employers + merchants + utilities + propertyCompanies + exchanges + processors;
  }

  /** @return accounts of persons and their savings accounts */
  int people() {
    return accounts - organisations();
  }

  /** @return savings accounts when {@code active} persons are active */
  static int savers(int active) {
    return (int) ((long) active * SAVERS_PER_TEN / 10);
  }

  /** @return the most active persons there can be (each saver's savings account is an account too) */
  int maxActive() {
    return (int) ((long) Math.max(0, people()) * 10 / (10 + SAVERS_PER_TEN));
  }

  /** @return the first few merchants: marketplaces and big supermarkets with peak days */
  int marketplaces() {
    return Math.min(merchants, 3 + accounts / 50_000);
  }

  /** @return the merchants where persons buy groceries (the head of the merchant list) */
  int supermarkets() {
    return Math.max(2, merchants / 20);
  }

  /** @return the first small shop: merchants from here on are the tail of the merchant list */
  int firstSmallShop() {
    return merchants / 4;
  }

  /** @return how many small shops there are */
  int smallShops() {
    return merchants - firstSmallShop();
  }
}
