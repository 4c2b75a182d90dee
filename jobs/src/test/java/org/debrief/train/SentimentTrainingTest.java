package org.debrief.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewSentimentFeatures;
import org.debrief.annotate.ReviewSentimentFeatures.Kind;
import org.debrief.annotate.SentimentClass;
import org.debrief.annotate.Token;
import org.debrief.extract.SentimentModel;
import org.junit.jupiter.api.Test;

/** Review sentiment features and the learned model on invented sentences. */
class SentimentTrainingTest {
  private static final List<Double> NEGATIVE = List.of(0.3, 0.5, 0.1, 0.05, 0.05);
  private static final List<Double> NEUTRAL = List.of(0.05, 0.15, 0.6, 0.15, 0.05);
  private static final List<Double> POSITIVE = List.of(0.05, 0.05, 0.1, 0.5, 0.3);
  private static final SentimentTraining.Settings SETTINGS =
      new SentimentTraining.Settings(2, 0.01, 1.0);

  /** A scored sentence of lower-case words (each its own lemma) with distribution {@code p}. */
  private static AnnotatedSentence sentence(int index, String words, List<Double> p) {
    List<Token> tokens = new ArrayList<>();
    for (String w : words.split(" ")) {
      tokens.add(new Token(w, w, "NN", 0, 0));
    }
    int argmax = p.indexOf(p.stream().max(Double::compare).orElseThrow());
    String id = SentimentClass.ofIndex(argmax).id();
    return new AnnotatedSentence(index, 0, 0, words, tokens, id, p, List.of(), p);
  }

  private static List<AnnotatedSentence> review(String words, List<Double> p) {
    return List.of(sentence(0, "i had a phone screen", NEUTRAL), sentence(1, words, p));
  }

  @Test
  void statisticsSummariseTheScoredSentences() {
    Map<String, Double> f =
        ReviewSentimentFeatures.statistics(
            List.of(sentence(0, "they were rude", NEGATIVE), sentence(1, "great team", POSITIVE)));

    // Expected scores Σ p·score: −0.475 and 0.475.
    assertThat(f.get("s:min_e")).isCloseTo(-0.475, within(1e-9));
    assertThat(f.get("s:max_e")).isCloseTo(0.475, within(1e-9));
    assertThat(f.get("s:mean_e")).isCloseTo(0.0, within(1e-9));
    assertThat(f.get("s:share_neg")).isEqualTo(0.5);
    assertThat(f.get("s:first_e")).isCloseTo(-0.475, within(1e-9));
    assertThat(f.get("s:last:vpos")).isEqualTo(0.3);
    assertThat(f.get("s:mean:neg")).isCloseTo(0.275, within(1e-9));
    assertThat(f).doesNotContainKey("s:none").allSatisfy((k, v) -> assertThat(k).startsWith("s:"));
  }

  @Test
  void reviewWithoutScoredSentencesIsMarked() {
    AnnotatedSentence tooLong =
        new AnnotatedSentence(
            0,
            0,
            0,
            "",
            List.of(),
            null,
            List.of(),
            List.of(AnnotatedSentence.TOO_LONG_FOR_PARSER));

    assertThat(ReviewSentimentFeatures.statistics(List.of(tooLong)))
        .containsEntry("s:none", 1.0)
        .doesNotContainKey("s:raw");
  }

  @Test
  void lexicalFeaturesAreUnigramsAndBigramsOfUnitLength() {
    Map<String, Double> f =
        ReviewSentimentFeatures.lexical(List.of(sentence(0, "very rude , rude", NEGATIVE)));

    assertThat(f.keySet())
        .containsExactly("b:<s> very", "b:rude rude", "b:very rude", "w:rude", "w:very");
    assertThat(f.values())
        .allSatisfy(v -> assertThat(v).isCloseTo(1 / Math.sqrt(5), within(1e-12)));
  }

  @Test
  void featuresAreDeterministic() {
    List<AnnotatedSentence> r = review("great people and a fast offer", POSITIVE);

    assertThat(ReviewSentimentFeatures.of(r)).isEqualTo(ReviewSentimentFeatures.of(List.copyOf(r)));
    assertThat(ReviewSentimentFeatures.of(r).keySet())
        .containsAll(ReviewSentimentFeatures.statistics(r).keySet())
        .containsAll(ReviewSentimentFeatures.lexical(r).keySet());
  }

  @Test
  void modelSeparatesInventedPositiveFromNegativeReviews() {
    List<List<AnnotatedSentence>> reviews = new ArrayList<>();
    List<String> ratings = new ArrayList<>();
    for (String words :
        List.of("great friendly team", "friendly and great", "smooth great process")) {
      reviews.add(review(words, POSITIVE));
      ratings.add("positive");
    }
    for (String words : List.of("rude and ghosted", "they ghosted me", "rude panel no reply")) {
      reviews.add(review(words, NEGATIVE));
      ratings.add("negative");
    }
    for (String words : List.of("two rounds then hr", "online test then hr", "hr call")) {
      reviews.add(review(words, NEUTRAL));
      ratings.add("neutral");
    }

    SentimentModel model = SentimentTraining.fit(Kind.COMBINED, reviews, ratings, SETTINGS);

    assertThat(model.sentimentOf(review("a great and friendly panel", POSITIVE)))
        .isEqualTo("positive");
    assertThat(model.sentimentOf(review("rude recruiter then ghosted", NEGATIVE)))
        .isEqualTo("negative");
    assertThat(model.verdictOf(review("rude recruiter then ghosted", NEGATIVE)).probability())
        .isGreaterThan(0.5);
    assertThat(model.sentimentOf(List.of())).isNull();
    // "panel" occurs once, below the minimum count of 2.
    assertThat(model.space().names()).contains("w:great", "s:raw").doesNotContain("w:panel");
  }

  @Test
  void samePairsGiveTheSameModel() {
    List<List<AnnotatedSentence>> reviews =
        List.of(
            review("great team", POSITIVE), review("rude team", NEGATIVE), review("hr", NEUTRAL));
    List<String> ratings = List.of("positive", "negative", "neutral");

    SentimentModel a = SentimentTraining.fit(Kind.COMBINED, reviews, ratings, SETTINGS);
    SentimentModel b = SentimentTraining.fit(Kind.COMBINED, reviews, ratings, SETTINGS);

    assertThat(a.models().get("neutral").weights()).isEqualTo(b.models().get("neutral").weights());
    assertThat(a.space().names()).isEqualTo(b.space().names());
  }
}
