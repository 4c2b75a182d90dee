package org.debrief.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Fits {@link ReviewSentiment}'s thresholds on rated reviews outside the dev set and prints the
 * agreement with candidates' ratings of the plain mean and of the derivation, on calibration data
 * and on the dev set.
 *
 * <p>Run from {@code jobs/} with the test classpath; sentences are cached under
 * target/sentiment-cache (delete it after changing the pipeline).
 */
public final class SentimentCalibration {
  private static final List<String> SOURCES = List.of("zillow", "apple", "india");

  private SentimentCalibration() {}

  public static void main(String[] args) {
    Path cache = Path.of("target/sentiment-cache");
    List<AnnotatedReviewCache.Entry> cal =
        rated(
            AnnotatedReviewCache.annotateOrLoad(
                cache.resolve("calibration.tsv"), RatedReviews.calibration()));
    List<AnnotatedReviewCache.Entry> dev =
        rated(AnnotatedReviewCache.annotateOrLoad(cache.resolve("dev.tsv"), RatedReviews.dev()));
    System.out.printf(
        "calibration reviews %d, dev reviews %d (rated, with a scored sentence)%n",
        cal.size(), dev.size());
    lengths(cal, dev);

    report(
        "plain mean, cut at ±0.25",
        cal,
        dev,
        e -> SentimentAgreement.plainMeanPolarity(e.sentences()));
    fitAndReport(
        "plain mean, thresholds fitted",
        cal,
        dev,
        e -> SentimentAgreement.plainMean(e.sentences()));
    for (double polar : new double[] {0, 2, 4, 6, 8, 12}) {
      fitAndReport(
          "phrase-expected, polar weight " + polar,
          cal,
          dev,
          e -> ReviewSentiment.raw(e.sentences(), polar));
    }
    report(
        "ReviewSentiment as shipped",
        cal,
        dev,
        e -> SentimentAgreement.polarity(ReviewSentiment.of(e.sentences())));
  }

  /** How many sentences the parser's length limit touches. */
  private static void lengths(
      List<AnnotatedReviewCache.Entry> cal, List<AnnotatedReviewCache.Entry> dev) {
    List<AnnotatedReviewCache.Entry> all = new ArrayList<>(cal);
    all.addAll(dev);
    List<Integer> sizes =
        all.stream().flatMap(e -> e.sentences().stream()).map(s -> s.tokens().size()).toList();
    long reviewsFlagged =
        all.stream().filter(e -> e.sentences().stream().anyMatch(s -> !s.scored())).count();
    System.out.printf(
        Locale.ROOT,
        "sentences %d: >40 tokens %d, >60 %d, >80 %d (flagged %d, in %d reviews), >120 %d, longest"
            + " %d%n",
        sizes.size(),
        sizes.stream().filter(n -> n > 40).count(),
        sizes.stream().filter(n -> n > 60).count(),
        sizes.stream().filter(n -> n > 80).count(),
        all.stream().flatMap(e -> e.sentences().stream()).filter(s -> !s.scored()).count(),
        reviewsFlagged,
        sizes.stream().filter(n -> n > 120).count(),
        sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
  }

  private static List<AnnotatedReviewCache.Entry> rated(List<AnnotatedReviewCache.Entry> entries) {
    return entries.stream()
        .filter(
            e ->
                e.review().rating() != null
                    && e.sentences().stream().anyMatch(AnnotatedSentence::scored))
        .toList();
  }

  private static void fitAndReport(
      String name,
      List<AnnotatedReviewCache.Entry> cal,
      List<AnnotatedReviewCache.Entry> dev,
      Function<AnnotatedReviewCache.Entry, Double> raw) {
    List<Double> values = new ArrayList<>(cal.stream().map(raw).toList());
    values.sort(null);
    double bestF1 = -1;
    double lo = 0;
    double hi = 0;
    for (int i = 1; i < 100; i++) {
      for (int j = i; j < 100; j++) {
        double a = round3(values.get(values.size() * i / 100));
        double b = round3(values.get(values.size() * j / 100));
        double f1 = balancedF1(cal, e -> cut(raw.apply(e), a, b));
        if (f1 > bestF1) {
          bestF1 = f1;
          lo = a;
          hi = b;
        }
      }
    }
    double fa = lo;
    double fb = hi;
    report(
        String.format(Locale.ROOT, "%s [%.3f, %.3f]", name, lo, hi),
        cal,
        dev,
        e -> cut(raw.apply(e), fa, fb));
  }

  private static String cut(double raw, double lo, double hi) {
    return raw < lo ? "negative" : raw > hi ? "positive" : "neutral";
  }

  private static double round3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static void report(
      String name,
      List<AnnotatedReviewCache.Entry> cal,
      List<AnnotatedReviewCache.Entry> dev,
      Function<AnnotatedReviewCache.Entry, String> polarity) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-48s", name));
    line.append(
        String.format(
            Locale.ROOT,
            " cal pooled %.3f  cal balanced %.3f",
            f1(cal, polarity),
            balancedF1(cal, polarity)));
    for (String source : SOURCES) {
      line.append(String.format(Locale.ROOT, "  %s %.3f", source, f1(of(cal, source), polarity)));
    }
    line.append(String.format(Locale.ROOT, "  | dev %.3f", f1(dev, polarity)));
    System.out.println(line);
  }

  private static double balancedF1(
      List<AnnotatedReviewCache.Entry> cal, Function<AnnotatedReviewCache.Entry, String> polarity) {
    double sum = 0;
    for (String source : SOURCES) {
      sum += f1(of(cal, source), polarity);
    }
    return sum / SOURCES.size();
  }

  private static List<AnnotatedReviewCache.Entry> of(
      List<AnnotatedReviewCache.Entry> entries, String source) {
    return entries.stream().filter(e -> e.review().source().equals(source)).toList();
  }

  private static double f1(
      List<AnnotatedReviewCache.Entry> entries,
      Function<AnnotatedReviewCache.Entry, String> polarity) {
    return SentimentAgreement.macroF1(
        entries.stream().map(e -> e.review().rating()).toList(),
        entries.stream().map(polarity).toList());
  }
}
