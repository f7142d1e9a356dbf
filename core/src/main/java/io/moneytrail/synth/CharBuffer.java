package io.moneytrail.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** A reusable character buffer with cheap number formatting, flushed to a Writer in large blocks. */
final class CharBuffer {
  private static final int FLUSH_AT = 1 << 16;
  private final Writer out;
  private char[] buf = new char[FLUSH_AT + 1024];
  private int len;

  CharBuffer(Writer out) {
    this.out = out;
  }

  CharBuffer append(char c) {
    buf[len++] = c;
    return this;
  }

  CharBuffer append(String s) {
    int n = s.length();
    ensure(n);
    s.getChars(0, n, buf, len);
    len += n;
    return this;
  }

  /** Appends a non-negative number left-padded with zeros to {@code width} digits. */
  CharBuffer appendPadded(long value, int width) {
    ensure(Math.max(width, 20));
    int end = len + Math.max(width, digits(value));
    int p = end;
    long v = value;
    do {
      buf[--p] = (char) ('0' + (int) (v % 10));
      v /= 10;
    } while (v != 0);
    while (p > len) {
      buf[--p] = '0';
    }
    len = end;
    return this;
  }

  /** Appends a non-negative amount in minor units at scale 2, e.g. {@code 1250 -> 12.50}. */
  CharBuffer appendMoney(long minor) {
    appendPadded(minor / 100, 1);
    buf[len++] = '.';
    int cents = (int) (minor % 100);
    buf[len++] = (char) ('0' + cents / 10);
    buf[len++] = (char) ('0' + cents % 10);
    return this;
  }

  /** Ends a line and flushes when the buffer is full. */
  void endLine() {
    buf[len++] = '\n';
    if (len >= FLUSH_AT) {
      flush();
    }
  }

  void flush() {
    try {
      out.write(buf, 0, len);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    len = 0;
  }

  private void ensure(int extra) {
    if (len + extra + 2 > buf.length) {
      char[] bigger = new char[Math.max(buf.length * 2, len + extra + 2)];
      System.arraycopy(buf, 0, bigger, 0, len);
      buf = bigger;
    }
  }

  static int digits(long value) {
    int d = 1;
    long v = value;
    while (v >= 10) {
      v /= 10;
      d++;
    }
    return d;
  }
}
