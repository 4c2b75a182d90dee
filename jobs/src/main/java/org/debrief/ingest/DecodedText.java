package org.debrief.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as text: in the charset its byte order mark names, else the declared one, else
 * UTF-8; bytes invalid in that charset become U+FFFD and are flagged, never silently mis-decoded.
 *
 * @param declared whether the charset came from a BOM or a declaration rather than the default
 */
public record DecodedText(String text, boolean hadInvalidBytes, Charset charset, boolean declared) {
  public static final char REPLACEMENT = '\uFFFD';

  /** Decodes as UTF-8 unless a BOM says otherwise. */
  public static DecodedText decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /** Decodes in the BOM's charset, else {@code declared}, else UTF-8 ({@code declared} null). */
  public static DecodedText decode(byte[] bytes, Charset declared) {
    Bom bom = Bom.of(bytes);
    Charset charset =
        bom != null ? bom.charset : declared != null ? declared : StandardCharsets.UTF_8;
    int offset = bom != null ? bom.length : 0;
    boolean isDeclared = bom != null || declared != null;
    try {
      CharBuffer strict =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return new DecodedText(strict.toString(), false, charset, isDeclared);
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, offset, bytes.length - offset, charset);
      return new DecodedText(lenient, true, charset, isDeclared);
    }
  }

  /** Whether {@code bytes} start with a byte order mark (UTF-8, UTF-16 LE or BE). */
  public static boolean hasBom(byte[] bytes) {
    return Bom.of(bytes) != null;
  }

  /**
   * Why a record holding replaced bytes is quarantined: undeclared, the fix is to declare the
   * encoding, since a file that is not UTF-8 is most often an Excel export in windows-1252.
   */
  public Problem invalidBytes() {
    if (!declared) {
      return new Problem(
          QuarantineReason.INVALID_UTF8,
          "the record holds bytes that are not valid UTF-8; if the file is in another encoding"
              + " (a CSV saved by Excel on Windows is usually windows-1252), declare it with"
              + " --encoding NAME or the layout key \"encoding\"");
    }
    return new Problem(
        QuarantineReason.INVALID_ENCODING,
        "the record holds bytes that are not valid "
            + charset.name()
            + ", the declared encoding; check --encoding or the layout's \"encoding\"");
  }

  private enum Bom {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    private final Charset charset;
    private final int[] marks;
    private final int length;

    Bom(Charset charset, int... marks) {
      this.charset = charset;
      this.marks = marks;
      this.length = marks.length;
    }

    static Bom of(byte[] b) {
      for (Bom bom : values()) {
        if (bom.startsOf(b)) {
          return bom;
        }
      }
      return null;
    }

    private boolean startsOf(byte[] b) {
      if (b.length < marks.length) {
        return false;
      }
      for (int i = 0; i < marks.length; i++) {
        if ((b[i] & 0xFF) != marks[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
