package io.moneytrail.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * How moneytrail shows text from the input that may hold invisible characters: ids and cell values
 * go into one-line messages and terminal output with their line breaks, control and format
 * characters (zero-width spaces, byte-order marks, terminal escape sequences) written as escapes,
 * so that nothing from the input can hide a difference or drive the terminal.
 */
public final class TextEscapes {
  private TextEscapes() {}

  /**
   * For one-line messages and tables: line breaks and tabs as {@code \n}, {@code \r}, {@code \t};
   * other control and format characters (zero-width spaces, byte-order marks, ESC), line and
   * paragraph separators, unassigned code points and lone surrogates as a backslash, {@code u}
   * and four hex digits; everything else (letters of any script included) as it is.
   *
   * @param s text from the input
   * @return the text, safe to print on one line
   */
  public static String forMessage(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !needsMessageEscape(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = s.codePointAt(i);
        if (Character.getType(cp) == Character.FORMAT) {
          unicode(b, c);
          unicode(b, s.charAt(i + 1));
        } else {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (needsMessageEscape(c)) {
        switch (c) {
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> unicode(b, c);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean needsMessageEscape(char c) {
    if (c >= 0x20 && c < 0x7F) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Unambiguous and plain ASCII, for showing near-duplicate ids side by side: printable ASCII as it
   * is except the backslash (written {@code \\}); every other character as a backslash, {@code u}
   * and four hex digits (one per UTF-16 unit), so that {@code é} as one character and as {@code e}
   * plus a combining accent look different.
   *
   * @param s text from the input
   * @return the text in printable ASCII
   */
  public static String everything(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        b.append("\\\\");
      } else if (c >= 0x20 && c < 0x7F) {
        b.append(c);
      } else {
        unicode(b, c);
      }
    }
    return b.toString();
  }

  private static void unicode(StringBuilder b, char c) {
    b.append("\\u");
    String hex = Integer.toHexString(c);
    for (int k = hex.length(); k < 4; k++) {
      b.append('0');
    }
    b.append(hex);
  }

  /**
   * Decodes bytes that may be invalid in their encoding: valid characters as they are (a backslash
   * written {@code \\}, so that the text stays unambiguous), each invalid byte as {@code \xHH}.
   *
   * @param decoder a strict decoder of the encoding (reset here)
   */
  static String decodeShowingInvalid(byte[] bytes, int from, int to, CharsetDecoder decoder) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(Math.max(16, (to - from) * 2));
    StringBuilder b = new StringBuilder(to - from + 16);
    decoder.reset();
    for (;;) {
      CoderResult r = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      drain(out, b);
      if (r.isError()) {
        for (int k = 0; k < r.length(); k++) {
          b.append(String.format("\\x%02X", in.get() & 0xff));
        }
      } else if (r.isUnderflow()) {
        while (in.hasRemaining()) { // not expected with endOfInput: shown as invalid rather than lost
          b.append(String.format("\\x%02X", in.get() & 0xff));
        }
        break;
      }
    }
    decoder.flush(out);
    drain(out, b);
    return b.toString();
  }

  private static void drain(CharBuffer out, StringBuilder b) {
    out.flip();
    for (int i = out.position(); i < out.limit(); i++) {
      char c = out.get(i);
      if (c == '\\') {
        b.append("\\\\");
      } else {
        b.append(c);
      }
    }
    out.clear();
  }

  /** @return the text cut to at most {@code max} characters, with {@code …} when cut */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int n = max;
    if (Character.isHighSurrogate(s.charAt(n - 1))) {
      n--;
    }
    return s.substring(0, n) + "…";
  }
}
