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
    boolean changed = false;
    for (LabelledReviews.Review r : reviews) {
      Entry e = entries.get(r.id());
      if (e == null || !e.text().equals(r.text())) {
        entries.put(r.id(), new Entry(r.text(), ReviewAnnotator.shared().annotate(r.text())));
        changed = true;
      }
    }
    if (changed) {
      JSON.writeValue(cache.toFile(), entries);
    }
    Map<String, List<AnnotatedSentence>> out = new LinkedHashMap<>();
    entries.forEach((id, e) -> out.put(id, e.sentences()));
    return out;
  }
}
