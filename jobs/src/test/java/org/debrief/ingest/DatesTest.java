package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "6/6/2016| M/d/yyyy| 2016-06-06",
        "12/31/2015| M/d/yyyy| 2015-12-31",
        "03/04/2024| d/M/yyyy| 2024-04-03",
        "31.12.2015| d.M.yyyy| 2015-12-31",
        "jan 9 2018| MMM d yyyy| 2018-01-09",
      })
  void readsTheFormAnExportDeclares(String raw, String pattern, String iso) {
    assertThat(Dates.parse(raw, List.of(pattern.strip()))).isEqualTo(LocalDate.parse(iso.strip()));
  }

  @Test
  void aDeclaredFormStillRefusesImpossibleDatesAndKeepsTheBuiltInForms() {
    List<String> us = List.of("M/d/yyyy");
    assertThat(Dates.parse("2/30/2016", us)).isNull();
    assertThat(Dates.parse("13/1/2016", us)).isNull();
    assertThat(Dates.parse("Jan 9, 2018", us)).isEqualTo(LocalDate.of(2018, 1, 9));
  }

  @Test
  void anInvalidPatternIsRefused() {
    assertThatThrownBy(() -> Dates.formatter("M/d/yyyy{"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
