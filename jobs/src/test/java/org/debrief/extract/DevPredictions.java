package org.debrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.SentimentClass;
import org.debrief.evaluate.GoldLabel;
import org.debrief.evaluate.Prediction;

/** Turns annotated dev reviews into predictions for the scorer. */
final class DevPredictions {
  private DevPredictions() {}

  static List<Prediction> of(
      Extractor extractor,
      List<LabelledReviews.Review> reviews,
      Map<String, List<AnnotatedSentence>> annotations) {
    List<Prediction> out = new ArrayList<>();
    for (LabelledReviews.Review r : reviews) {
      List<AnnotatedSentence> sentences = annotations.get(r.id());
      Extraction e = extractor.extract(r.text(), sentences);
      out.add(
          new Prediction(
              r.id(),
              e.concerns(),
              e.feedback(),
              e.processIssues(),
              e.followedUp(),
              sentiment(sentences),
              r.experienceRating()));
    }
    return out;
  }

  /** Whether a prediction matches its gold label on every field the rules decide. */
  static boolean agree(GoldLabel g, Prediction p) {
    return g.concerns().equals(p.concerns())
        && g.feedback().equals(p.feedback())
        && g.processIssues().equals(p.processIssues())
        && g.followedUp() == p.followedUp();
  }

  /** Prints a disagreement for the dev mains: the review, then gold and predicted labels. */
  static void printDisagreement(GoldLabel g, Prediction p, String text) {
    System.out.printf(
        "%s %s%n  gold %s %s %s %s | pred %s %s %s %s%n",
        g.reviewId(),
        text.replace('\n', ' '),
        g.concerns(),
        g.feedback(),
        g.processIssues(),
        g.followedUp(),
        p.concerns(),
        p.feedback(),
        p.processIssues(),
        p.followedUp());
  }

  /** Prints the label and rule of every piece of evidence, one per line. */
  static void printEvidence(Extraction e) {
    e.evidence().forEach(ev -> System.out.printf("    %s %s%n", ev.label(), ev.rule()));
  }

  /**
   * Length-weighted mean of the scored sentences' class scores, cut at ±0.25: a stand-in for the
   * pipeline's own derivation, enough to compare with the candidate's rating.
   */
  static String sentiment(List<AnnotatedSentence> sentences) {
    double sum = 0;
    double weight = 0;
    for (AnnotatedSentence s : sentences) {
      if (s.sentiment() != null) {
        sum += SentimentClass.ofId(s.sentiment()).score() * s.tokens().size();
        weight += s.tokens().size();
      }
    }
    if (weight == 0) {
      return null;
    }
    double mean = sum / weight;
    return mean <= -0.25 ? "negative" : mean >= 0.25 ? "positive" : "neutral";
  }
}
