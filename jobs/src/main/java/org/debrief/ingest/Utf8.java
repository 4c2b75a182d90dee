package org.debrief.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes file bytes as UTF-8 without a BOM, telling whether any byte was invalid. */
public record Utf8(String text, boolean hadInvalidBytes) {
  public static final char REPLACEMENT = '\uFFFD';

  public static Utf8 decode(byte[] bytes) {
    int offset = startsWithBom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer strict =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(in);
      return new Utf8(strict.toString(), false);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      return new Utf8(lenient, true);
    }
  }

  private static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}
