package io.moneytrail.ingest;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the bytes of one file are read: the width of a code unit (1 byte for UTF-8 and the
 * single-byte encodings, 2 for UTF-16), its byte order, the byte-order mark skipped at the start,
 * and a strict decoder (invalid bytes are reported, never replaced).
 *
 * <p>Rows are split on the code units of the quote, the delimiter, CR and LF before anything is
 * decoded. That is exact for the encodings accepted here: in UTF-8 a byte below 0x80 is never part
 * of a longer sequence, in a single-byte encoding that extends ASCII every byte is a character, and
 * in UTF-16 every unit is read whole.
 */
final class Encoding {
  final Charset declared;
  /** The charset the bytes are decoded with (UTF-16 resolved to UTF-16LE or UTF-16BE by its mark). */
  final Charset charset;
  /** Bytes per code unit: 1 or 2. */
  final int width;
  final boolean bigEndian;
  /** Bytes of the byte-order mark at the start of the file (skipped). */
  final int bomLength;
  /** Whether every byte sequence is valid (ISO-8859-1): no need to check rows. */
  final boolean everyByteValid;

  private Encoding(Charset declared, Charset charset, int width, boolean bigEndian, int bomLength) {
    this.declared = declared;
    this.charset = charset;
    this.width = width;
    this.bigEndian = bigEndian;
    this.bomLength = bomLength;
    this.everyByteValid = charset.equals(StandardCharsets.ISO_8859_1);
  }

  /** @throws IllegalArgumentException when rows in this charset cannot be split byte by byte */
  static void check(Charset cs) {
    if (isUtf16(cs) || cs.equals(StandardCharsets.UTF_8) || extendsAsciiByteForByte(cs)) {
      return;
    }
    throw new IllegalArgumentException("encoding " + cs.name() + " is not supported: moneytrail reads UTF-8, UTF-16 "
        + "(UTF-16LE, UTF-16BE) and single-byte encodings that extend ASCII (such as windows-1252 and ISO-8859-1)");
  }

  private static boolean isUtf16(Charset cs) {
    return cs.equals(StandardCharsets.UTF_16) || cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE);
  }

  /** One byte per character, and bytes 0x00 to 0x7F are the ASCII characters. */
  private static boolean extendsAsciiByteForByte(Charset cs) {
    if (!cs.canEncode() || cs.newEncoder().maxBytesPerChar() != 1.0f) {
      return false;
    }
    byte[] ascii = new byte[128];
    for (int i = 0; i < 128; i++) {
      ascii[i] = (byte) i;
    }
    String s = new String(ascii, cs);
    if (s.length() != 128) {
      return false;
    }
    for (int i = 0; i < 128; i++) {
      if (s.charAt(i) != i) {
        return false;
      }
    }
    return true;
  }

  /**
   * Resolves the declared encoding for one file from its first bytes (its byte-order mark).
   *
   * @param declared the declared charset (already {@link #check checked})
   * @param head the file's first bytes
   * @param n how many there are (fewer than 4 only for a short file)
   * @param file for messages
   * @throws IngestException when the byte-order mark contradicts the declared encoding, or UTF-16 has none
   */
  static Encoding resolve(Charset declared, byte[] head, int n, Path file) {
    boolean utf8Bom = n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    boolean beBom = n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF;
    boolean leBom = n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE;
    String name = declared.name();
    if (declared.equals(StandardCharsets.UTF_8)) {
      return new Encoding(declared, declared, 1, false, utf8Bom ? 3 : 0);
    }
    if (declared.equals(StandardCharsets.UTF_16)) {
      if (beBom) {
        return new Encoding(declared, StandardCharsets.UTF_16BE, 2, true, 2);
      }
      if (leBom) {
        return new Encoding(declared, StandardCharsets.UTF_16LE, 2, false, 2);
      }
      throw new IngestException(file, 1, null, null, "the file has no UTF-16 byte-order mark, which --encoding UTF-16 "
          + "needs to know the byte order; give --encoding UTF-16LE or UTF-16BE" + (utf8Bom ? " (it starts with a UTF-8 "
          + "byte-order mark: --encoding UTF-8?)" : ""));
    }
    if (declared.equals(StandardCharsets.UTF_16LE) || declared.equals(StandardCharsets.UTF_16BE)) {
      boolean big = declared.equals(StandardCharsets.UTF_16BE);
      if (big ? leBom : beBom) {
        throw new IngestException(file, 1, null, null, "the file starts with a " + (big ? "little" : "big")
            + "-endian byte-order mark but --encoding is " + name + "; give --encoding UTF-16");
      }
      return new Encoding(declared, declared, 2, big, (big ? beBom : leBom) ? 2 : 0);
    }
    if (utf8Bom || beBom || leBom) {
      throw new IngestException(file, 1, null, null, "the file starts with a " + (utf8Bom ? "UTF-8" : "UTF-16")
          + " byte-order mark but --encoding is " + name + "; give --encoding " + (utf8Bom ? "UTF-8" : "UTF-16"));
    }
    return new Encoding(declared, declared, 1, false, 0);
  }

  /** @return a decoder that reports malformed and unmappable input */
  CharsetDecoder newDecoder() {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** @return the encoding's name as the user declared it, for messages ({@code UTF-8}, {@code windows-1252}) */
  String displayName() {
    return declared.name();
  }

  /** @return a hint for a message about invalid bytes */
  String otherEncodingHint() {
    String n = declared.name().toUpperCase(Locale.ROOT);
    return n.equals("UTF-8") ? "if the file is in another encoding, give --encoding (such as windows-1252 or ISO-8859-1)"
        : "if the file is in another encoding, give --encoding";
  }
}
