package org.debrief.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.debrief.extract.FeatureSpace;
import org.debrief.extract.LogisticModel;

/**
 * Sentence probabilities that no review's own company group helped fit: each group's reviews are
 * scored by models fitted on the other groups.
 */
final class OutOfFold {
  private OutOfFold() {}

  /** Per review, per sentence: target → probability. */
  static List<List<Map<String, Double>>> probabilities(
      List<LabelledReview> reviews,
      List<List<Map<String, Double>>> named,
      List<String> groups,
      List<String> targets,
      TrainingSettings settings) {
    List<List<Map<String, Double>>> out = new ArrayList<>(reviews.size());
    reviews.forEach(r -> out.add(null));
    for (String held : groups) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < reviews.size(); i++) {
        (reviews.get(i).group().equals(held) ? test : train).add(i);
      }
      if (test.isEmpty()) {
        continue;
      }
      List<LabelledReview> trainReviews = train.stream().map(reviews::get).toList();
      List<List<Map<String, Double>>> trainNamed = train.stream().map(named::get).toList();
      FeatureSpace space =
          FeatureSpace.of(
              trainNamed.stream().flatMap(List::stream).toList(), SentenceProbabilities.MIN_COUNT);
      Map<String, LogisticModel> models =
          SentenceProbabilities.fit(space, trainReviews, trainNamed, targets, settings);
      for (int i : test) {
        out.set(i, score(space, models, reviews.get(i), named.get(i)));
      }
    }
    return out;
  }

  static List<Map<String, Double>> score(
      FeatureSpace space,
      Map<String, LogisticModel> models,
      LabelledReview review,
      List<Map<String, Double>> named) {
    List<Map<String, Double>> out = new ArrayList<>();
    for (int s = 0; s < named.size(); s++) {
      var x = space.vector(named.get(s));
      Map<String, Double> p = new TreeMap<>();
      models.forEach((t, m) -> p.put(t, m.probability(x)));
      out.add(p);
    }
    return out;
  }
}
