package org.debrief.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.debrief.annotate.AnnotatedSentence;
import org.debrief.annotate.ReviewAnnotator;

/**
 * Annotations of the dev reviews kept as JSON in /tmp, so iterating on rules does not re-run
 * CoreNLP (about 30 s a time). The cache is keyed by review id and checked against the text.
 */
final class AnnotationCache {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Entry(String text, List<AnnotatedSentence> sentences) {}

  private AnnotationCache() {}

  static Map<String, List<AnnotatedSentence>> load(Path cache, List<LabelledReviews.Review> reviews)
      throws IOException {
    Map<String, Entry> entries =
        Files.exists(cache)
            ? JSON.readValue(cache.toFile(), new TypeReference<LinkedHashMap<String, Entry>>() {})
            : new LinkedHashMap<>();
    List<LabelledReviews.Review> missing =
        reviews.stream()
            .filter(
                r -> entries.get(r.id()) == null || !entries.get(r.id()).text().equals(r.text()))
            .toList();
    // The annotator is shared by threads, as on an executor: both cores annotate.
    Map<String, Entry> annotated = new java.util.concurrent.ConcurrentHashMap<>();
    missing.parallelStream()
        .forEach(
            r ->
                annotated.put(
                    r.id(), new Entry(r.text(), ReviewAnnotator.shared().annotate(r.text()))));
    missing.forEach(r -> entries.put(r.id(), annotated.get(r.id())));
    if (!missing.isEmpty()) {
      JSON.writeValue(cache.toFile(), entries);
    }
    Map<String, List<AnnotatedSentence>> out = new LinkedHashMap<>();
    entries.forEach((id, e) -> out.put(id, e.sentences()));
    return out;
  }
}
