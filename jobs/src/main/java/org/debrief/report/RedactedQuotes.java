package org.debrief.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.summarize.Quote;

/** The evidence quotes of a run, redacted once, by concern in rank order. */
public record RedactedQuotes(Map<String, List<Shown>> byConcern, int removed) {

  /** A quote as the report shows it: redacted sentence, company and review id. */
  public record Shown(
      String concern, int rank, String text, String company, String reviewId, String rules) {}

  public static RedactedQuotes of(List<Quote> quotes, Redactor redactor) {
    Map<String, List<Shown>> out = new LinkedHashMap<>();
    int removed = 0;
    for (Quote q : quotes) {
      Redactor.Redacted r = redactor.redact(q.sentence().strip());
      removed += r.removed();
      // Company names are not people's names: NER often takes "Harbor & Pine" for a person.
      Redactor.Redacted company = redactor.redactContacts(q.company());
      removed += company.removed();
      out.computeIfAbsent(q.concern(), k -> new ArrayList<>())
          .add(
              new Shown(
                  q.concern(),
                  q.rank(),
                  r.text(),
                  company.text() == null ? "company not given" : company.text(),
                  q.reviewId(),
                  String.join(", ", q.rules())));
    }
    return new RedactedQuotes(out, removed);
  }

  public List<Shown> top(String concern, int n) {
    List<Shown> all = byConcern.getOrDefault(concern, List.of());
    return all.subList(0, Math.min(n, all.size()));
  }

  public List<Shown> all() {
    List<Shown> out = new ArrayList<>();
    byConcern.values().forEach(out::addAll);
    return out;
  }
}
