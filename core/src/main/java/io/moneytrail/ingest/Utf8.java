package io.moneytrail.ingest;

/**
 * Checks UTF-8 without decoding it: the fast path for rows that hold non-ASCII bytes. It accepts
 * exactly what the JDK's strict UTF-8 decoder accepts (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), so that only rows it refuses need the decoder to say what is wrong.
 */
final class Utf8 {
  private Utf8() {}

  /** @return whether {@code b[from, to)} is valid UTF-8 */
  static boolean valid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c0 = b[i];
      if (c0 >= 0) {
        i++;
        continue;
      }
      c0 &= 0xff;
      if (c0 < 0xC2) {
        return false; // a continuation byte, or an overlong two-byte form
      }
      if (c0 < 0xE0) {
        if (i + 1 >= to || (b[i + 1] & 0xC0) != 0x80) {
          return false;
        }
        i += 2;
      } else if (c0 < 0xF0) {
        if (i + 2 >= to) {
          return false;
        }
        int c1 = b[i + 1] & 0xff;
        if ((c1 & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80 || (c0 == 0xE0 && c1 < 0xA0) || (c0 == 0xED && c1 >= 0xA0)) {
          return false; // overlong, or a surrogate
        }
        i += 3;
      } else if (c0 < 0xF5) {
        if (i + 3 >= to) {
          return false;
        }
        int c1 = b[i + 1] & 0xff;
        if ((c1 & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80 || (b[i + 3] & 0xC0) != 0x80 || (c0 == 0xF0 && c1 < 0x90)
            || (c0 == 0xF4 && c1 >= 0x90)) {
          return false; // overlong, or above U+10FFFF
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }
}
