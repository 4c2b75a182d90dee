package org.debrief.train;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.debrief.common.Json;
import org.debrief.evaluate.Prediction;
import org.debrief.evaluate.Scorer;
import org.debrief.extract.Extractor;
import org.debrief.extract.HitFeatures;
import org.debrief.extract.JudgeModel;

/** Dev tool: the pooled concern judge out of fold, concerns P/R/F1 on never-tuned folds by τ. */
final class JudgeDevMain {
  public static void main(String[] args) throws Exception {
    List<LabelledReview> reviews =
        Json.MAPPER.readValue(
            Path.of(args[0]).toFile(), new TypeReference<List<LabelledReview>>() {});
    var named = SentenceProbabilities.named(reviews);
    var settings =
        new TrainingSettings(
            Double.parseDouble(System.getProperty("reg", "0.01")),
            Double.parseDouble(System.getProperty("power", "0")),
            4);
    List<String> groups = CompanyGroups.ALL;
    double[] taus = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
    List<List<Prediction>> byTau = new ArrayList<>();
    for (double t : taus) {
      List<Prediction> p = new ArrayList<>();
      reviews.forEach(r -> p.add(null));
      byTau.add(p);
    }
    for (String held : groups) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < reviews.size(); i++) {
        (reviews.get(i).group().equals(held) ? test : train).add(i);
      }
      if (test.isEmpty()) {
        continue;
      }
      JudgeModel judge =
          JudgeTraining.fit(
              train.stream().map(reviews::get).toList(),
              train.stream().map(named::get).toList(),
              settings,
              Map.of(),
              "dev");
      for (int k = 0; k < taus.length; k++) {
        JudgeModel at =
            new JudgeModel(
                judge.source(),
                judge.space(),
                Map.of(HitFeatures.CONCERN_MODEL, judge.models().get(HitFeatures.CONCERN_MODEL)),
                Map.of(HitFeatures.CONCERN_MODEL, taus[k]));
        for (int i : test) {
          LabelledReview r = reviews.get(i);
          byTau
              .get(k)
              .set(
                  i,
                  CompanyDisjointEvaluation.prediction(
                      r,
                      Extractor.standard()
                          .extract(r.text(), r.sentences(), at.judgeOf(r.sentences()))));
        }
      }
    }
    var gold =
        reviews.stream()
            .filter(r -> CompanyGroups.neverTuned().contains(r.group()))
            .map(LabelledReview::gold)
            .toList();
    var all = reviews.stream().map(LabelledReview::gold).toList();
    for (int k = 0; k < taus.length; k++) {
      var e = Scorer.score(gold, byTau.get(k));
      var a = Scorer.score(all, byTau.get(k));
      System.out.printf(
          "tau %.2f never-tuned concerns F1 %.3f P %.3f R %.3f | pooled F1 %.3f P %.3f%n",
          taus[k],
          e.concerns().micro().f1(),
          e.concerns().micro().precision(),
          e.concerns().micro().recall(),
          a.concerns().micro().f1(),
          a.concerns().micro().precision());
    }
  }
}
