package org.debrief.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one evaluation: per label and averaged, for every taxonomy field, and the derived
 * review sentiment against the candidate's own rating.
 *
 * @param missingPredictions gold reviews that had no prediction; they are scored as misses
 * @param sentimentSkipped reviews without a derived sentiment or a rating, left out of {@code
 *     sentiment}
 */
public record Evaluation(
    int goldReviews,
    int missingPredictions,
    LabelScores concerns,
    LabelScores processIssues,
    ClassScores feedback,
    Prf followedUp,
    ClassScores sentiment,
    int sentimentSkipped) {

  private static final ObjectMapper JSON = org.debrief.common.Json.MAPPER;

  /** A plain-text table for the console. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT, "reviews %d, missing predictions %d%n", goldReviews, missingPredictions));
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %5s %5s %5s %6s %6s %6s%n",
            "label",
            "tp",
            "fp",
            "fn",
            "P",
            "R",
            "F1"));
    section(out, "concerns", concerns.perLabel());
    row(out, "concerns micro", concerns.micro());
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %38.3f%n",
            "concerns macro-F1 (" + concerns.macroLabels() + " labels)",
            concerns.macroF1()));
    section(out, "process_issues", processIssues.perLabel());
    row(out, "process_issues micro", processIssues.micro());
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %38.3f%n",
            "process macro-F1 (" + processIssues.macroLabels() + " labels)",
            processIssues.macroF1()));
    section(out, "feedback", feedback.perClass());
    out.append(
        String.format(Locale.ROOT, "%-28s %38.3f%n", "feedback macro-F1", feedback.macroF1()));
    out.append(
        String.format(Locale.ROOT, "%-28s %38.3f%n", "feedback accuracy", feedback.accuracy()));
    out.append("feedback confusion (gold → predicted): ").append(feedback.confusion()).append('\n');
    row(out, "followed_up", followedUp);
    section(out, "sentiment vs rating", sentiment.perClass());
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %38.3f%n",
            "sentiment macro-F1 (n=" + sentiment.scored() + ")",
            sentiment.macroF1()));
    out.append("sentiment skipped: ").append(sentimentSkipped).append('\n');
    return out.toString();
  }

  private static void section(StringBuilder out, String title, Map<String, Prf> scores) {
    out.append(title).append('\n');
    scores.forEach((label, prf) -> row(out, "  " + label, prf));
  }

  private static void row(StringBuilder out, String name, Prf p) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %5d %5d %5d %6.3f %6.3f %6.3f%n",
            name,
            p.tp(),
            p.fp(),
            p.fn(),
            p.precision(),
            p.recall(),
            p.f1()));
  }

  /** The figures as JSON, for evaluation.json. */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("gold_reviews", goldReviews);
    root.put("missing_predictions", missingPredictions);
    root.put("concerns", labels(concerns));
    root.put("process_issues", labels(processIssues));
    root.put("feedback", classes(feedback));
    root.put("followed_up", prf(followedUp));
    Map<String, Object> sentimentJson = classes(sentiment);
    sentimentJson.put("skipped", sentimentSkipped);
    root.put("sentiment_vs_rating", sentimentJson);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> labels(LabelScores s) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> per = new LinkedHashMap<>();
    s.perLabel().forEach((k, v) -> per.put(k, prf(v)));
    out.put("per_label", per);
    out.put("micro", prf(s.micro()));
    out.put("macro_f1", s.macroF1());
    out.put("macro_labels", s.macroLabels());
    return out;
  }

  private static Map<String, Object> classes(ClassScores s) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> per = new LinkedHashMap<>();
    s.perClass().forEach((k, v) -> per.put(k, prf(v)));
    out.put("per_class", per);
    out.put("macro_f1", s.macroF1());
    out.put("accuracy", s.accuracy());
    out.put("scored", s.scored());
    out.put("confusion", s.confusion());
    return out;
  }

  private static Map<String, Object> prf(Prf p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tp", p.tp());
    out.put("fp", p.fp());
    out.put("fn", p.fn());
    out.put("precision", p.precision());
    out.put("recall", p.recall());
    out.put("f1", p.f1());
    return out;
  }
}
