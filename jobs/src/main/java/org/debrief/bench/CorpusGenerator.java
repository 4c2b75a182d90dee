package org.debrief.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Benchmark input: reviews made by resampling the sentences of real ones, so that length, wording
 * and sentence count look like the source while N can be anything. Seeded: the same N and seed give
 * the same file.
 */
public final class CorpusGenerator {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

  private final List<String> sentences;

  public CorpusGenerator(List<String> reviewTexts) {
    List<String> s = new ArrayList<>();
    for (String text : reviewTexts) {
      for (String part : SENTENCE_END.split(text.replace('\n', ' '))) {
        String t = part.strip();
        if (t.length() >= 20 && t.length() <= 400) {
          s.add(t);
        }
      }
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("no sentences to resample");
    }
    this.sentences = s;
  }

  public int sentencePool() {
    return sentences.size();
  }

  /** One review of 3 to 8 resampled sentences. */
  String review(Random random) {
    int n = 3 + random.nextInt(6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
    }
    return sb.toString();
  }

  /** Writes {@code count} reviews in the canonical CSV layout, ids {@code prefix-000001…}. */
  public List<String> write(Path csv, String prefix, int count, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(count);
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
      out.printRecord("review_id", "source", "company", "offer", "text");
      for (int i = 1; i <= count; i++) {
        String text = review(random);
        texts.add(text);
        out.printRecord(
            String.format("%s-%06d", prefix, i),
            "bench",
            "Company " + random.nextInt(50),
            random.nextBoolean() ? "No Offer" : "Accepted Offer",
            text);
      }
    }
    return texts;
  }
}
