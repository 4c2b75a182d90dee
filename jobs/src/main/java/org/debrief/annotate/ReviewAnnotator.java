package org.debrief.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ejml.simple.SimpleMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a review into sentences with tokens, lemmas, POS and sentence sentiment.
 *
 * <p>Building a pipeline loads hundreds of MB of models, so there is one per JVM, built on first
 * use and never serialised into a Spark closure.
 */
public final class ReviewAnnotator {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewAnnotator.class);
  private static final String PROPERTIES = "/org/debrief/annotate/corenlp.properties";
  private static volatile ReviewAnnotator shared;
  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

  private final StanfordCoreNLP pipeline;
  private final int parserMaxLength;

  private ReviewAnnotator(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
    this.parserMaxLength = Integer.parseInt(props.getProperty("parse.maxlen", "-1"));
  }

  /** An annotator of its own, for measurements with other settings; costs a full model load. */
  static ReviewAnnotator withProperties(Properties props) {
    return new ReviewAnnotator(props);
  }

  /**
   * Starts building the JVM's annotator on a background thread, once. Under a local master this JVM
   * is the executor: the model load (seconds, on one core) then overlaps ingest instead of holding
   * up the first annotate tasks. A failure is left for {@link #shared()} to report in the task.
   */
  public static void preloadInBackground() {
    if (PRELOADING.compareAndSet(false, true)) {
      Thread t = new Thread(ReviewAnnotator::shared, "debrief-corenlp-preload");
      t.setDaemon(true);
      // shared() tries again in the first annotate task and fails it with the full error.
      t.setUncaughtExceptionHandler(
          (thread, e) ->
              LOG.warn(
                  "loading CoreNLP's models in the background failed ({}); annotate loads them"
                      + " again and reports the error if it recurs",
                  e.toString()));
      t.start();
    }
  }

  /** The JVM's one annotator, built on first call. */
  public static ReviewAnnotator shared() {
    ReviewAnnotator local = shared;
    if (local == null) {
      synchronized (ReviewAnnotator.class) {
        local = shared;
        if (local == null) {
          local = new ReviewAnnotator(defaultProperties());
          shared = local;
        }
      }
    }
    return local;
  }

  /** The pipeline settings Debrief runs with; part of the configuration fingerprint. */
  public static Properties defaultProperties() {
    Properties props = new Properties();
    try (InputStream in = ReviewAnnotator.class.getResourceAsStream(PROPERTIES)) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PROPERTIES, e);
    }
    return props;
  }

  public List<AnnotatedSentence> annotate(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<AnnotatedSentence> out = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add(toSentence(out.size(), text, sentence));
    }
    return out;
  }

  private AnnotatedSentence toSentence(int index, String text, CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tokens.add(new Token(l.word(), l.lemma(), l.tag(), l.beginPosition(), l.endPosition()));
    }
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    String sentenceText = text.substring(begin, end);
    if (parserMaxLength > 0 && labels.size() > parserMaxLength) {
      // The parser returns a placeholder tree past its limit; scoring it would be noise.
      return new AnnotatedSentence(
          index,
          begin,
          end,
          sentenceText,
          tokens,
          null,
          List.of(),
          List.of(AnnotatedSentence.TOO_LONG_FOR_PARSER));
    }
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    List<Double> probabilities = toList(RNNCoreAnnotations.getPredictions(tree));
    String sentiment = SentimentClass.ofIndex(RNNCoreAnnotations.getPredictedClass(tree)).id();
    return new AnnotatedSentence(
        index,
        begin,
        end,
        sentenceText,
        tokens,
        sentiment,
        probabilities,
        List.of(),
        phraseMean(tree));
  }

  /** Mean class distribution over the phrase nodes (those above the words' own nodes). */
  private static List<Double> phraseMean(Tree tree) {
    double[] sum = new double[SentimentClass.values().length];
    int phrases = 0;
    for (Tree node : tree) {
      SimpleMatrix predictions =
          node.isLeaf() || node.isPreTerminal() ? null : RNNCoreAnnotations.getPredictions(node);
      if (predictions != null) {
        for (int i = 0; i < sum.length; i++) {
          sum[i] += predictions.get(i);
        }
        phrases++;
      }
    }
    if (phrases == 0) {
      // A one-word sentence has no phrase: its root is all there is.
      return toList(RNNCoreAnnotations.getPredictions(tree));
    }
    List<Double> mean = new ArrayList<>(sum.length);
    for (double s : sum) {
      mean.add(s / phrases);
    }
    return mean;
  }

  private static List<Double> toList(SimpleMatrix predictions) {
    List<Double> out = new ArrayList<>(predictions.getNumElements());
    for (int i = 0; i < predictions.getNumElements(); i++) {
      out.add(predictions.get(i));
    }
    return out;
  }
}
