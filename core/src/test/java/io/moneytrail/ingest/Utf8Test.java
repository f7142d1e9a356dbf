package io.moneytrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8Test {
  static boolean jdkAccepts(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void acceptsExactlyWhatTheJdkStrictDecoderAccepts() {
    SplittableRandom r = new SplittableRandom(7);
    byte[] interesting = {0x00, 0x41, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF,
        (byte) 0xE0, (byte) 0xA0, (byte) 0x9F, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0x8F, (byte) 0x90, (byte) 0xF4,
        (byte) 0xF5, (byte) 0xFF};
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[r.nextInt(7)];
      for (int i = 0; i < b.length; i++) {
        b[i] = r.nextBoolean() ? interesting[r.nextInt(interesting.length)] : (byte) r.nextInt(256);
      }
      assertEquals(jdkAccepts(b), Utf8.valid(b, 0, b.length), java.util.Arrays.toString(b));
    }
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += 1 + (cp & 7)) {
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        assertEquals(true, Utf8.valid(b, 0, b.length), Integer.toHexString(cp));
      }
    }
  }
}
