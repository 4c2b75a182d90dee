package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2018-01-09| 2018-01-09",
        "' Jan 9, 2018'| 2018-01-09",
        "January 9, 2018| 2018-01-09",
        "20 Mar 2024| 2024-03-20",
        "30 Sept 2023| 2023-09-30",
        "3 September 2023| 2023-09-03",
        "2024-03-05T10:00:00Z| 2024-03-05",
        "Mar 5th, 2024| 2024-03-05",
      })
  void parsesTheFormsFoundInExports(String raw, String iso) {
    assertThat(Dates.parse(raw)).isEqualTo(LocalDate.parse(iso.strip()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NA", "", "03/04/2024", "yesterday", "Feb 30, 2024"})
  void leavesAmbiguousOrInvalidDatesNull(String raw) {
    assertThat(Dates.parse(raw)).isNull();
  }
}
