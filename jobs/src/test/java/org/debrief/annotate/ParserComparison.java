package org.debrief.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Compares the shift-reduce parser with the PCFG on the same Zillow reviews (outside the dev set):
 * speed on one thread after warm-up, and agreement of the derived review sentiment with the
 * candidates' ratings. Also counts sentences past {@code parse.maxlen} in all rated reviews.
 *
 * <p>Run from {@code jobs/}: {@code java -Xmx6g -cp <test classpath> -Ddebrief.shared=../../shared
 * org.debrief.annotate.ParserComparison [sample] [warmup] [srPasses]}. Prints figures; asserts
 * none.
 */
public final class ParserComparison {
  static final String SR = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  static final String PCFG = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";

  private ParserComparison() {}

  record Run(
      String parser,
      double seconds,
      int reviews,
      int sentences,
      List<List<AnnotatedSentence>> output) {}

  public static void main(String[] args) throws Exception {
    int sample = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int srPasses = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<RatedReview> zillow =
        RatedReviews.calibration().stream().filter(r -> r.source().equals("zillow")).toList();
    List<RatedReview> reviews = new ArrayList<>();
    List<RatedReview> warm = new ArrayList<>();
    int step = zillow.size() / sample;
    for (int i = 0; i < sample; i++) {
      reviews.add(zillow.get(i * step));
      warm.add(zillow.get(i * step + 1));
    }
    warm = warm.subList(0, warmup);
    System.out.println("load before: " + Files.readString(Path.of("/proc/loadavg")).strip());
    Run sr = null;
    ReviewAnnotator srAnnotator = annotator(SR);
    for (int pass = 0; pass < srPasses; pass++) {
      sr = time("shift-reduce", srAnnotator, warm, reviews);
      print(sr);
    }
    srAnnotator = null;
    Run pcfg = time("pcfg", annotator(PCFG), warm, reviews);
    print(pcfg);
    System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).strip());
    agreement(reviews, sr);
    agreement(reviews, pcfg);
    System.out.printf(
        Locale.ROOT, "sentence classes equal between parsers: %.3f%n", sameClass(sr, pcfg));
  }

  static ReviewAnnotator annotator(String model) {
    Properties props = ReviewAnnotator.defaultProperties();
    props.setProperty("parse.model", model);
    return ReviewAnnotator.withProperties(props);
  }

  static Run time(
      String name, ReviewAnnotator annotator, List<RatedReview> warm, List<RatedReview> reviews) {
    warm.forEach(r -> annotator.annotate(r.text()));
    List<List<AnnotatedSentence>> out = new ArrayList<>();
    long start = System.nanoTime();
    for (RatedReview r : reviews) {
      out.add(annotator.annotate(r.text()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int sentences = out.stream().mapToInt(List::size).sum();
    return new Run(name, seconds, reviews.size(), sentences, out);
  }

  static void print(Run run) {
    System.out.printf(
        Locale.ROOT,
        "%-12s %d reviews, %d sentences in %.1f s: %.2f reviews/s, %.1f sentences/s%n",
        run.parser(),
        run.reviews(),
        run.sentences(),
        run.seconds(),
        run.reviews() / run.seconds(),
        run.sentences() / run.seconds());
  }

  static void agreement(List<RatedReview> reviews, Run run) {
    List<String> gold = reviews.stream().map(RatedReview::rating).toList();
    List<String> plain = run.output().stream().map(SentimentAgreement::plainMeanPolarity).toList();
    List<String> derived =
        run.output().stream().map(s -> SentimentAgreement.polarity(ReviewSentiment.of(s))).toList();
    long scored =
        run.output().stream().flatMap(List::stream).filter(AnnotatedSentence::scored).count();
    long distinctRoots =
        run.output().stream()
            .flatMap(List::stream)
            .filter(AnnotatedSentence::scored)
            .map(AnnotatedSentence::probabilities)
            .distinct()
            .count();
    System.out.printf(
        Locale.ROOT,
        "%-12s macro-F1 vs ratings: plain mean %.3f, ReviewSentiment %.3f; distinct root vectors %d"
            + " of %d sentences%n",
        run.parser(),
        SentimentAgreement.macroF1(gold, plain),
        SentimentAgreement.macroF1(gold, derived),
        distinctRoots,
        scored);
  }

  static double sameClass(Run a, Run b) {
    int same = 0;
    int both = 0;
    for (int i = 0; i < a.output().size(); i++) {
      List<AnnotatedSentence> x = a.output().get(i);
      List<AnnotatedSentence> y = b.output().get(i);
      for (int j = 0; j < Math.min(x.size(), y.size()); j++) {
        if (x.get(j).scored() && y.get(j).scored()) {
          both++;
          same += x.get(j).sentiment().equals(y.get(j).sentiment()) ? 1 : 0;
        }
      }
    }
    return (double) same / both;
  }
}
