package org.debrief.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects a review's language (ISO 639-1) with Lingua, among the languages the review corpora hold;
 * {@code und} when the text has no letters or no language is clearly ahead.
 */
public final class Languages {
  public static final String UNDETERMINED = "und";
  public static final String ENGLISH = "en";

  /**
   * The languages met in the corpora (docs/language-detection.md). Fewer candidates mean fewer
   * confusions on short texts, and their high-accuracy models take about 190 MB of heap where all
   * 75 take 1.1 GB. A review in another language gets the nearest of these or {@code und}: add its
   * language here and to the app jar's shade filter in jobs/pom.xml, which keeps only these models.
   */
  static final Language[] DETECTED = {
    Language.ENGLISH,
    Language.GERMAN,
    Language.SPANISH,
    Language.FRENCH,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.HINDI
  };

  // Lingua's confidences sum to 1 over the candidates; below this the top one is a guess.
  private static final double MIN_CONFIDENCE = 0.80;
  private static volatile Languages shared;

  private final LanguageDetector detector;

  private Languages() {
    // High accuracy: on reviews' opening words low accuracy made 18 English texts non-English
    // (measured), as many as the detector it replaced.
    this.detector =
        LanguageDetectorBuilder.fromLanguages(DETECTED).withPreloadedLanguageModels().build();
  }

  /** The JVM's one detector: loading the models takes several seconds. Thread-safe. */
  public static Languages shared() {
    Languages local = shared;
    if (local == null) {
      synchronized (Languages.class) {
        local = shared;
        if (local == null) {
          local = new Languages();
          shared = local;
        }
      }
    }
    return local;
  }

  public String detect(String text) {
    SortedMap<Language, Double> ranked = detector.computeLanguageConfidenceValues(text);
    Map.Entry<Language, Double> top =
        ranked.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    if (top == null || top.getValue() < MIN_CONFIDENCE) {
      return UNDETERMINED;
    }
    return top.getKey().getIsoCode639_1().toString();
  }
}
