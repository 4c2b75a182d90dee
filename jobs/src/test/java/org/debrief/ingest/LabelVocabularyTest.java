package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelVocabularyTest {
  private final LabelVocabulary labels = LabelVocabulary.bundled();

  @Test
  void normalisesTheExportVocabularies() {
    assertThat(labels.offer("Accepted Offer")).isEqualTo("accepted");
    assertThat(labels.offer("declined offer")).isEqualTo("declined");
    assertThat(labels.offer("No Offer")).isEqualTo("no_offer");
    assertThat(labels.experience("Negative\nExperience")).isEqualTo("negative");
    assertThat(labels.experience(" Neutral  Experience ")).isEqualTo("neutral");
    assertThat(labels.difficulty("Difficult\nInterview")).isEqualTo("difficult");
    assertThat(labels.difficulty("Easy Interview")).isEqualTo("easy");
  }

  @Test
  void aValueInTheWrongColumnBecomesNullNotAGuess() {
    assertThat(labels.experience("Average Interview")).isNull();
    assertThat(labels.experience("N/A")).isNull();
    assertThat(labels.offer("maybe")).isNull();
    assertThat(labels.difficulty(null)).isNull();
  }
}
