package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.debrief.common.Json;
import org.debrief.extract.RulePrecision;
import org.debrief.extract.Taxonomy;
import org.junit.jupiter.api.Test;

class GlossaryTest {
  @Test
  void hasEveryTaxonomyLabelOnceWithItsRulesHits() {
    Glossary g = Glossary.standard();
    assertThat(g.entries().stream().map(Glossary.Entry::id))
        .containsExactlyElementsOf(
            Glossary.taxonomy().values().stream().flatMap(List::stream).toList());
    Glossary.Entry experience =
        g.entries().stream().filter(e -> e.id().equals("experience")).findFirst().orElseThrow();
    int hits = 0;
    int correct = 0;
    for (var h : RulePrecision.standard().byHit().entrySet()) {
      if (h.getKey().startsWith("experience|")) {
        hits += h.getValue().hits();
        correct += h.getValue().correct();
      }
    }
    assertThat(experience.hits()).isEqualTo(hits).isPositive();
    assertThat(experience.correct()).isEqualTo(correct);
    assertThat(g.entries()).allSatisfy(e -> assertThat(e.definition()).hasSizeGreaterThan(20));
  }

  @Test
  void sectionsCarryEachLabelIdAsItsAnchor() {
    List<Map<String, Object>> sections = Glossary.standard().sections();
    assertThat(sections)
        .extracting(s -> s.get("id"))
        .containsExactly("kind-concern", "kind-feedback", "kind-process_issue", "kind-followed_up");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> concerns = (List<Map<String, Object>>) sections.get(0).get("labels");
    assertThat(concerns).extracting(m -> m.get("id")).containsExactlyElementsOf(Taxonomy.CONCERNS);
  }

  @Test
  void aGlossaryMissingALabelFailsToLoadAndSaysWhich() throws Exception {
    ObjectNode root;
    try (InputStream in = Glossary.class.getResourceAsStream("glossary.json")) {
      root = (ObjectNode) Json.MAPPER.readTree(in);
    }
    ((ArrayNode) root.get("labels")).remove(2);
    assertThatThrownBy(() -> Glossary.of(root, RulePrecision.standard()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("concern labels")
        .hasMessageContaining("fit");
  }
}
