package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedTextTest {
  private static final String TEXT = "ä ’ – € ok";
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void aDeclaredWindows1252FileReadsBackExactly() {
    DecodedText d = DecodedText.decode(TEXT.getBytes(CP1252), CP1252);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.hadInvalidBytes()).isFalse();
  }

  @Test
  void anUndeclaredWindows1252FileIsFlaggedAndTheMessageNamesTheOption() {
    DecodedText d = DecodedText.decode(TEXT.getBytes(CP1252));
    assertThat(d.hadInvalidBytes()).isTrue();
    assertThat(d.invalidBytes().reason()).isEqualTo(QuarantineReason.INVALID_UTF8);
    assertThat(d.invalidBytes().detail()).contains("--encoding", "windows-1252");
  }

  @Test
  void byteOrderMarksWinWithoutADeclaration() {
    assertThat(
            DecodedText.decode(
                    bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8))
                .text())
        .isEqualTo(TEXT);
    assertThat(
            DecodedText.decode(
                    bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE))
                .text())
        .isEqualTo(TEXT);
    DecodedText be =
        DecodedText.decode(
            bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE), CP1252);
    assertThat(be.text()).isEqualTo(TEXT);
    assertThat(be.charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void bytesInvalidInTheDeclaredCharsetGetTheirOwnReason() {
    // 0x81 is unassigned in Windows-1252.
    DecodedText d = DecodedText.decode(new byte[] {'a', (byte) 0x81, 'b'}, CP1252);
    assertThat(d.text()).isEqualTo("a\uFFFDb");
    assertThat(d.invalidBytes().reason()).isEqualTo(QuarantineReason.INVALID_ENCODING);
    assertThat(d.invalidBytes().detail()).contains("windows-1252");
  }

  private static byte[] bom(byte[] bom, Charset charset) {
    byte[] body = TEXT.getBytes(charset);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }
}
