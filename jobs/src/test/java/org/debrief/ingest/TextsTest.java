package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void removesFoldMarkerAndKeepsTheTextAfterIt() {
    assertThat(Texts.normalizeReview("How would you find\u2026\u00a0 the last node?"))
        .isEqualTo("How would you find the last node?");
  }

  @Test
  void keepsAPlainEllipsis() {
    assertThat(Texts.normalizeReview("Well\u2026 it went fine."))
        .isEqualTo("Well\u2026 it went fine.");
  }

  @Test
  void splitsParagraphsAScraperJoinedWithAComma() {
    assertThat(Texts.normalizeReview("It went well.,Then they called."))
        .isEqualTo("It went well.\nThen they called.");
    assertThat(Texts.normalizeReview("Paris, France, 2019")).isEqualTo("Paris, France, 2019");
  }

  @Test
  void foldsSpacesButKeepsOneBlankLine() {
    assertThat(Texts.normalizeReview("  a \t b\r\n\r\n\r\n\r\nc \u00a0d  "))
        .isEqualTo("a b\n\nc d");
  }

  @Test
  void dropsControlCharacters() {
    assertThat(Texts.normalizeReview("a\u0000b\u0007c")).isEqualTo("abc");
  }

  @Test
  void cellsFoldLineBreaksAndDropPlaceholders() {
    assertThat(Texts.cell("Neutral\nExperience")).isEqualTo("Neutral Experience");
    assertThat(Texts.cell(" N/A ")).isNull();
    assertThat(Texts.cell("-")).isNull();
    assertThat(Texts.cell("   ")).isNull();
    assertThat(Texts.cell(null)).isNull();
  }

  @Test
  void duplicateKeyIgnoresCaseAndSpacing() {
    assertThat(Texts.duplicateKey("Acme ", "Good  Interview"))
        .isEqualTo(Texts.duplicateKey("acme", "good interview"))
        .isNotEqualTo(Texts.duplicateKey("Other", "good interview"));
  }
}
