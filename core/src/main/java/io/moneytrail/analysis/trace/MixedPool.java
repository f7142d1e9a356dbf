package io.moneytrail.analysis.trace;

/**
 * An unordered pool: one evenly mixed mass of funds with a traced part. For the haircut method a
 * take carries the traced share of the pool ({@link MinorUnits#share}); for poison a take from a
 * pool holding traced funds is wholly traced, and afterwards the pool holds at most what is left
 * (an upper bound). The hop of the traced part is the smallest hop received since the pool last
 * held no traced funds.
 */
final class MixedPool implements Pool {
  private final boolean poison;
  private long size;
  private long traced;
  private int hop;
  private int lastHop;

  MixedPool(long initialSize, boolean poison) {
    this.size = Math.max(0, initialSize);
    this.poison = poison;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public long traced() {
    return traced;
  }

  @Override
  public int lastHop() {
    return lastHop;
  }

  @Override
  public void add(boolean front, long total, long tracedPart, int lotHop) {
    size += total;
    if (tracedPart > 0) {
      hop = traced == 0 ? lotHop : Math.min(hop, lotHop);
      traced = Math.min(traced + tracedPart, size);
    }
  }

  @Override
  public long take(boolean front, long amount) {
    if (amount > size) {
      throw new IllegalStateException("take " + amount + " from a pool of " + size);
    }
    long part;
    if (poison) {
      part = traced > 0 ? amount : 0;
      size -= amount;
      traced = Math.min(traced, size);
    } else {
      part = MinorUnits.share(traced, amount, size);
      size -= amount;
      traced -= part;
    }
    lastHop = part > 0 ? hop : 0;
    return part;
  }
}
