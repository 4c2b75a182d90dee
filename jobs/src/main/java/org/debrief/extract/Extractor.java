package org.debrief.extract;

import java.util.List;
import org.debrief.annotate.AnnotatedSentence;

/** Placeholder until the rule-based extractor is merged: finds nothing. */
public final class Extractor {
  private static final Extractor STANDARD = new Extractor();

  public static Extractor standard() {
    return STANDARD;
  }

  public Extraction extract(String text, List<AnnotatedSentence> sentences) {
    return new Extraction(List.of(), "not_stated", List.of(), false, List.of());
  }
}
