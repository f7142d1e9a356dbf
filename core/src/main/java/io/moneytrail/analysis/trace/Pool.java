package io.moneytrail.analysis.trace;

/**
 * The funds of one account during a trace: a size in minor units, of which some are traced, each
 * traced unit with the hop of the transaction that brought it. Implementations decide which units
 * a take removes. Not thread-safe; one per account per trace.
 */
interface Pool {

  /** @return units in the pool */
  long size();

  /** @return traced units in the pool */
  long traced();

  /**
   * Adds a lot.
   *
   * @param front add at the front (oldest end) instead of the back (newest end); ordered pools only
   * @param total units added, &gt;= 0
   * @param traced traced units among them, 0 &lt;= traced &lt;= total
   * @param hop the hop of the traced units (ignored when traced is 0)
   */
  void add(boolean front, long total, long traced, int hop);

  /**
   * Removes units.
   *
   * @param front take from the front (oldest end) instead of the back; ordered pools only
   * @param amount units removed, 0 &lt;= amount &lt;= size()
   * @return the traced units among them
   */
  long take(boolean front, long amount);

  /** @return the smallest hop among the traced units of the last take (meaningful when it was &gt; 0) */
  int lastHop();

  /**
   * @param method an allocation method
   * @param initialSize untraced units already in the account
   * @return an empty-of-traced pool for the method
   */
  static Pool create(AllocationMethod method, long initialSize) {
    return switch (method) {
      case FIFO, LIFO -> new LotPool(initialSize);
      case HAIRCUT -> new MixedPool(initialSize, false);
      case POISON -> new MixedPool(initialSize, true);
    };
  }
}
