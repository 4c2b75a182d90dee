package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
            "Priya Raman said to write to jane.doe@example.com, call (212) 555-0142 "
                + "or +44 20 7946 0958, and read https://evil.example.com/a?b=1 or example.com/cv first.");
    assertThat(r.text())
        .isEqualTo(
            "[name] said to write to [email], call [phone] or [phone], and read [link] or "
                + "[link] first.");
    assertThat(r.removed()).isEqualTo(6);
  }

  // Made-up numbers in the shapes candidates paste into reviews; '|' separates input and output.
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // Indian mobiles: ten digits, +91, trunk 0, grouped 5+5, dots and dashes
        "HR gave me 9876543210 to call. | HR gave me [phone] to call.",
        "Call +91 98765 43210 after 6. | Call [phone] after 6.",
        "ping +91-98765-43210; he answers | ping [phone]; he answers",
        "or +919876543210 on WhatsApp | or [phone] on WhatsApp",
        "dial 098765 43210 | dial [phone]",
        "number is 98765.43210! | number is [phone]!",
        "91 98765 43210 was hers | [phone] was hers",
        "landline +91 80 2345 6789 | landline [phone]",
        // US with a real area code, in every punctuation
        "(212) 555-0147 is the recruiter | [phone] is the recruiter",
        "212.555.0147 | [phone]",
        "212-555-0147. | [phone].",
        "+1 212 555 0147 | [phone]",
        "1-212-555-0147 | [phone]",
        // UK
        "+44 20 7946 0958 | [phone]",
        "+44 7911 123456 | [phone]",
        "020 7946 0958 | [phone]",
        // glued to words and punctuation
        "call9876543210now | call[phone]now",
        "ph:9876543210. | ph:[phone].",
        "tel#9876543210 | tel#[phone]",
        "whatsapp@9876543210 | whatsapp@[phone]",
        "`\"9876543210\"` | `\"[phone]\"`",
        "(her number-9876543210, mine) | (her number-[phone], mine)",
        "9876543210/9123456780 | [phone]/[phone]",
        "Mob.No.+91 98765 43210;Priya | Mob.No.[phone];Priya",
      })
  void removesPhoneNumbersHoweverTheyAreWritten(String text, String redacted) {
    Redactor.Redacted r = redactor.redactContacts(text);
    assertThat(r.text()).isEqualTo(redacted);
    assertThat(r.removed()).isEqualTo(count(redacted, Redactor.PHONE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // salaries
        "They offered 120 000 a year.",
        "They offered $120,000 plus stock.",
        "Base was 120k, negotiable.",
        "CTC ₹12,00,000 fixed",
        "only 12 LPA for 3 years of experience",
        "band of 10-15 LPA",
        "4.5 LPA to 6.5 LPA",
        "INR 6,00,000-8,00,000",
        "a package of 1200000 per annum",
        "Rs.800000 after probation",
        "CTC 4500000",
        "1.5 lakh joining bonus",
        "between 100 000 and 150 000",
        // years, ranges, dates and times
        "I worked there 2019 2020.",
        "Interviewed in 2019-2020 batch",
        "From 2019–2021 I was in Pune",
        "Hired for the 2019 2020 2021 drives",
        "On 12/05/2023 I got the mail",
        "On 2023-05-12 at 10:30 am",
        "Dec 2019 - Jan 2020",
        "20 Mar 2024, from 9 am to 6 pm",
        // counts
        "3 rounds, 45 minutes each, 6-8 weeks in all, 1:1 with 2 managers",
        "555 days later and 100 applicants",
      })
  void keepsSalariesYearsDatesAndCounts(String text) {
    assertThat(redactor.redact(text)).isEqualTo(new Redactor.Redacted(text, 0));
  }

  @Test
  void keepsDatesMoneyAndProductNames() {
    String text =
        "On 2024-03-05 they offered 120,000 for 3 years of ASP.NET and Node.js work, 555 days later.";
    assertThat(redactor.redact(text)).isEqualTo(new Redactor.Redacted(text, 0));
  }

  @Test
  void aKnownRegionRecognisesItsOwnNationalNumbers() {
    // A French mobile without +33 is a number only to a redactor told the review is French.
    String text = "Appelez le 06 12 34 56 78";
    assertThat(redactor.redactContacts(text).text()).isEqualTo(text);
    assertThat(new Redactor(RedactorTest::priya, List.of("FR")).redactContacts(text).text())
        .isEqualTo("Appelez le [phone]");
  }

  @Test
  void contactsOnlyKeepsNames() {
    assertThat(redactor.redactContacts("Priya Raman Ltd, jane@example.org").text())
        .isEqualTo("Priya Raman Ltd, [email]");
  }

  private static int count(String text, String placeholder) {
    return text.split(java.util.regex.Pattern.quote(placeholder), -1).length - 1;
  }
}
