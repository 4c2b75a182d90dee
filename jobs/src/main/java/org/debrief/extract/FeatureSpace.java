package org.debrief.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Maps named features to vector positions: the names kept at training time, in sorted order. Names
 * not kept are dropped, so an unseen word costs nothing at inference.
 */
public final class FeatureSpace {
  private final List<String> names;
  private final Map<String, Integer> index;

  public FeatureSpace(List<String> names) {
    this.names = List.copyOf(names);
    this.index = new HashMap<>(names.size() * 2);
    for (int i = 0; i < this.names.size(); i++) {
      index.put(this.names.get(i), i);
    }
  }

  public List<String> names() {
    return names;
  }

  /**
   * The space of {@code features}: every non-lexical name, and lexical names that occur in at least
   * {@code minCount} sentences (rarer ones are noise on a few hundred reviews).
   */
  public static FeatureSpace of(Iterable<Map<String, Double>> features, int minCount) {
    return of(features, minCount, SentenceFeatures::lexical);
  }

  /**
   * The space of {@code features}: every name, except that names {@code counted} accepts must occur
   * in at least {@code minCount} of the feature maps.
   */
  public static FeatureSpace of(
      Iterable<Map<String, Double>> features, int minCount, Predicate<String> counted) {
    Map<String, Integer> counts = new HashMap<>();
    for (Map<String, Double> f : features) {
      f.keySet().forEach(n -> counts.merge(n, 1, Integer::sum));
    }
    TreeSet<String> kept = new TreeSet<>();
    counts.forEach(
        (name, n) -> {
          if (!counted.test(name) || n >= minCount) {
            kept.add(name);
          }
        });
    return new FeatureSpace(new ArrayList<>(kept));
  }

  public int size() {
    return names.size();
  }

  /** The vector of {@code features}, without the names this space did not keep. */
  public FeatureVector vector(Map<String, Double> features) {
    List<Integer> at = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    // Sorted names give ascending indices.
    new TreeMap<>(features)
        .forEach(
            (name, value) -> {
              Integer i = index.get(name);
              if (i != null && value != 0.0) {
                at.add(i);
                values.add(value);
              }
            });
    int[] indices = new int[at.size()];
    double[] v = new double[at.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = at.get(i);
      v[i] = values.get(i);
    }
    return new FeatureVector(indices, v);
  }
}
