package org.debrief.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads CoreNLP's NER model. */
class PersonNamesIT {
  @Test
  void findsFullNamesAsOneSpan() {
    String text = "The recruiter, Priya Raman, said that Tom would call me back.";
    List<String> names =
        PersonNames.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    assertThat(names).containsExactly("Priya Raman", "Tom");
  }

  @Test
  void findsNoNameWhereThereIsNone() {
    assertThat(PersonNames.spans("The manager said the team wanted someone more senior."))
        .isEmpty();
  }
}
