package org.debrief.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Finds people's names (CoreNLP NER, class PERSON) in short texts such as quoted sentences.
 *
 * <p>The pipeline is built on first use, once per JVM, and only by callers that have names to find:
 * the report quotes a handful of sentences, so it never pays for NER over whole reviews.
 */
public final class PersonNames {
  private static final String PROPERTIES = "/org/debrief/annotate/ner.properties";
  private static final String PERSON = "PERSON";
  private static volatile StanfordCoreNLP pipeline;

  private PersonNames() {}

  /**
   * Character spans {begin, end} of each name in {@code text}, in order; adjacent name tokens form
   * one span.
   */
  public static List<int[]> spans(String text) {
    Annotation doc = new Annotation(text);
    shared().annotate(doc);
    List<int[]> out = new ArrayList<>();
    int[] open = null;
    for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      boolean person = PERSON.equals(token.ner());
      if (person && open != null) {
        open[1] = token.endPosition();
      } else if (person) {
        open = new int[] {token.beginPosition(), token.endPosition()};
        out.add(open);
      } else {
        open = null;
      }
    }
    return out;
  }

  private static StanfordCoreNLP shared() {
    StanfordCoreNLP local = pipeline;
    if (local == null) {
      synchronized (PersonNames.class) {
        local = pipeline;
        if (local == null) {
          local = new StanfordCoreNLP(properties());
          pipeline = local;
        }
      }
    }
    return local;
  }

  private static Properties properties() {
    Properties props = new Properties();
    try (InputStream in = PersonNames.class.getResourceAsStream(PROPERTIES)) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PROPERTIES, e);
    }
    return props;
  }
}
