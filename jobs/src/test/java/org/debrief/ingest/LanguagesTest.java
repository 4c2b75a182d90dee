package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins Languages' contract on sentences written for this test: ISO 639-1 codes, und if unsure. */
class LanguagesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The panel asked about my last project and then about SQL joins. | en",
        // short English that the former detector called French or left undetermined
        "2. Coding test on the portal | en",
        "Three rounds, all online. | en",
        "HR round, tech round, managerial round | en",
        "Das Gespräch dauerte eine Stunde und war sehr freundlich. | de",
        "La entrevista fue corta y el reclutador nunca respondió. | es",
        "L'entretien s'est bien passé, mais je n'ai jamais eu de réponse. | fr",
        "Il colloquio è stato lungo ma cordiale. | it",
        "A entrevista foi rápida e o recrutador foi muito atencioso. | pt",
        "Het gesprek was kort en de recruiter was vriendelijk. | nl",
        "पहले ऑनलाइन परीक्षा हुई, फिर तकनीकी साक्षात्कार। | hi",
        // no letters: nothing to tell a language by
        "12/05/2023 10:30 | und",
        "!!! ??? | und",
      })
  void detectsTheLanguageOrSaysUndetermined(String text, String language) {
    assertThat(Languages.shared().detect(text)).isEqualTo(language);
  }
}
