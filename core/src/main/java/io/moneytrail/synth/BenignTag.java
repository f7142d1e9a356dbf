package io.moneytrail.synth;

/**
 * A background row's membership of a benign look-alike group packed in one {@code long} (0 = none):
 * kind ordinal + 1 in bits 56-63, role ordinal in bits 48-55, group number (1-based) in bits 0-47.
 */
final class BenignTag {
  static final long NONE = 0;
  private static final BenignKind[] KINDS = BenignKind.values();
  private static final long GROUP_MASK = (1L << 48) - 1;

  private BenignTag() {}

  static long of(BenignKind kind, BenignRole role, long group) {
    if (group < 1 || group > GROUP_MASK) {
      throw new IllegalStateException("group number out of range: " + group);
    }
    return ((kind.ordinal() + 1L) << 56) | ((long) role.ordinal() << 48) | group;
  }

  static BenignKind kind(long tag) {
    return KINDS[(int) (tag >>> 56) - 1];
  }

  static BenignRole role(long tag) {
    return BenignRole.of((int) (tag >>> 48) & 0xFF);
  }

  static long group(long tag) {
    return tag & GROUP_MASK;
  }
}
