package org.debrief.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.debrief.summarize.Quote;

/** The evidence quotes of a run, each redacted once, in the summary's order (concern, rank). */
public record RedactedQuotes(List<Shown> all, int removed) {

  /**
   * A quote as the report shows it: redacted sentence, company and review id. {@code source} is the
   * company as the summary names it, for finding a company's quotes; it is never shown.
   */
  public record Shown(
      String concern,
      int rank,
      Integer companyRank,
      String text,
      String company,
      String reviewId,
      String rules,
      String source) {}

  public static RedactedQuotes of(List<Quote> quotes, Redactor redactor) {
    List<Shown> out = new ArrayList<>();
    int removed = 0;
    for (Quote q : quotes) {
      Redactor.Redacted r = redactor.redact(q.sentence().strip());
      removed += r.removed();
      // Company names are not people's names: NER often takes "Harbor & Pine" for a person.
      Redactor.Redacted company = redactor.redactContacts(q.company());
      removed += company.removed();
      out.add(
          new Shown(
              q.concern(),
              q.rank(),
              q.companyRank(),
              r.text(),
              company.text() == null ? "company not given" : company.text(),
              q.reviewId(),
              String.join(", ", q.rules()),
              q.company()));
    }
    return new RedactedQuotes(List.copyOf(out), removed);
  }

  /** The {@code n} best quotes of a concern over all companies. */
  public List<Shown> top(String concern, int n) {
    return all.stream().filter(q -> q.concern().equals(concern) && q.rank() <= n).toList();
  }

  /** The {@code n} best quotes of a concern from one company's reviews. */
  public List<Shown> top(String company, String concern, int n) {
    return all.stream()
        .filter(
            q ->
                q.concern().equals(concern)
                    && Objects.equals(q.source(), company)
                    && q.companyRank() != null
                    && q.companyRank() <= n)
        .sorted(Comparator.comparingInt(Shown::companyRank))
        .toList();
  }
}
