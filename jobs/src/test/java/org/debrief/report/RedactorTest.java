package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  /** Stands in for NER: every occurrence of "Priya Raman" is a name. */
  static List<int[]> priya(String text) {
    List<int[]> out = new ArrayList<>();
    for (int i = text.indexOf("Priya Raman"); i >= 0; i = text.indexOf("Priya Raman", i + 1)) {
      out.add(new int[] {i, i + "Priya Raman".length()});
    }
    return out;
  }

  private final Redactor redactor = new Redactor(RedactorTest::priya);

  @Test
  void removesEmailsPhonesUrlsAndNames() {
    Redactor.Redacted r =
        redactor.redact(
            "Priya Raman said to write to jane.doe@example.com, call (555) 555-0142 "
                + "or +44 20 7946 0958, and read https://evil.example.com/a?b=1 or example.com/cv first.");
    assertThat(r.text())
        .isEqualTo(
            "[name] said to write to [email], call [phone] or [phone], and read [link] or "
                + "[link] first.");
    assertThat(r.removed()).isEqualTo(6);
  }

  @Test
  void keepsDatesMoneyAndProductNames() {
    String text =
        "On 2024-03-05 they offered 120,000 for 3 years of ASP.NET and Node.js work, 555 days later.";
    assertThat(redactor.redact(text)).isEqualTo(new Redactor.Redacted(text, 0));
  }

  @Test
  void contactsOnlyKeepsNames() {
    assertThat(redactor.redactContacts("Priya Raman Ltd, jane@example.org").text())
        .isEqualTo("Priya Raman Ltd, [email]");
  }
}
