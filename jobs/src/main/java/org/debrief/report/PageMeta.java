package org.debrief.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.debrief.extract.LearnedLabelsArtefact;
import org.debrief.summarize.CompanyFeedback;
import org.debrief.summarize.LabelFrequencies;
import org.debrief.summarize.LabelFrequency;
import org.debrief.summarize.SummarizeJob;
import org.debrief.summarize.SummaryInput;

/**
 * What every page of the report says about itself: when it was generated, which review dates it
 * covers, and how far its labels and quotes can be trusted.
 */
final class PageMeta {
  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private PageMeta() {}

  static Map<String, Object> of(
      SummaryTables t, Glossary glossary, JsonNode evaluation, Instant generatedAt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generatedAt", GENERATED.format(generatedAt));
    m.put("runId", t.metadata().getOrDefault(SummarizeJob.KEY_RUN_ID, "unknown"));
    m.put("taxonomyVersion", t.metadata().getOrDefault(SummarizeJob.KEY_TAXONOMY, "unknown"));
    m.put("dates", dates(t.companies(), undated(t.labels())));
    m.put("quotes", quotes(LearnedLabelsArtefact.standard()));
    m.put("rules", rulePrecision(glossary));
    m.put("evaluation", EvaluationScope.of(evaluation));
    return m;
  }

  /** The review dates of {@code rows}, or null when none is dated. */
  static Map<String, Object> dates(List<CompanyFeedback> rows, long undated) {
    LocalDate first =
        rows.stream()
            .map(CompanyFeedback::firstReviewDate)
            .filter(Objects::nonNull)
            .min(LocalDate::compareTo)
            .orElse(null);
    LocalDate last =
        rows.stream()
            .map(CompanyFeedback::lastReviewDate)
            .filter(Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(null);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("known", first != null);
    m.put("first", first == null ? "–" : first.toString());
    m.put("last", last == null ? "–" : last.toString());
    m.put("undated", undated);
    m.put("anyUndated", undated > 0);
    return m;
  }

  /** Analysed reviews without a date: the month dimension's {@code (unknown)} group. */
  private static long undated(List<LabelFrequency> labels) {
    return labels.stream()
        .filter(
            l ->
                l.dimension().equals("month")
                    && l.groupValue().equals(SummaryInput.UNKNOWN)
                    && l.labelKind().equals(LabelFrequencies.FEEDBACK))
        .mapToLong(LabelFrequency::groupReviews)
        .findFirst()
        .orElse(0);
  }

  /** The quote threshold's company-disjoint check, as the learned-labels artefact records it. */
  private static Map<String, Object> quotes(LearnedLabelsArtefact p) {
    JsonNode pooled = p.scores() == null ? null : p.scores().at("/quotes/pooled");
    pooled = pooled == null || pooled.isMissingNode() ? null : pooled;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threshold", Format.decimal(p.quoteThreshold()));
    m.put("measured", pooled != null);
    if (pooled != null) {
      m.put("quoted", pooled.path("quoted").asLong());
      m.put("right", pooled.path("quoted_right").asLong());
      m.put("precision", Format.percent(pooled.path("quoted_precision").asDouble()));
    }
    return m;
  }

  /** Per kind of label, how often its rules' hits were right on hand-labelled reviews. */
  private static List<Map<String, Object>> rulePrecision(Glossary g) {
    return Glossary.taxonomy().keySet().stream()
        .map(
            kind -> {
              int hits = 0;
              int correct = 0;
              for (Glossary.Entry e : g.entries()) {
                if (e.kind().equals(kind)) {
                  hits += e.hits();
                  correct += e.correct();
                }
              }
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("kind", g.kinds().get(kind).name());
              m.put("hits", hits);
              m.put("precision", Format.percent(hits == 0 ? null : (double) correct / hits));
              return m;
            })
        .toList();
  }
}
