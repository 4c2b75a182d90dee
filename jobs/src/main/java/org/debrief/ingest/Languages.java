package org.debrief.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Detects a review's language (ISO 639-1) with the Optimaize n-gram detector; {@code und} when the
 * text is too short or too mixed to tell.
 */
public final class Languages {
  public static final String UNDETERMINED = "und";
  public static final String ENGLISH = "en";
  // Below this share the detector is guessing; short reviews ("Good.") are often below it.
  private static final double MIN_PROBABILITY = 0.80;
  private static volatile Languages shared;

  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private Languages() {
    try {
      this.detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .withProfiles(new LanguageProfileReader().readAllBuiltIn())
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language profiles", e);
    }
  }

  /** The JVM's one detector: loading the profiles takes a second. */
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
    List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(text));
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
      return UNDETERMINED;
    }
    return ranked.get(0).getLocale().getLanguage();
  }
}
