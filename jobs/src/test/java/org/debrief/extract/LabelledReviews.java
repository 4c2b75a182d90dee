package org.debrief.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the labelled development reviews from {@code ../shared} at test time; never copied. */
final class LabelledReviews {
  /** One review of the canonical CSV: id, text and the candidate's own rating, normalised. */
  record Review(String id, String text, String experienceRating) {}

  private LabelledReviews() {}

  static Path shared() {
    return Path.of(System.getProperty("debrief.shared", "../shared"));
  }

  static Path devCsv() {
    return shared().resolve("data/labelled/zillow_dev.csv");
  }

  static Path devLabels() {
    return shared().resolve("data/labelled/zillow_dev_labels.jsonl");
  }

  static List<Review> read(Path csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Review> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(in)) {
        out.add(new Review(row.get("review_id"), row.get("text"), rating(row.get("experience"))));
      }
    }
    return out;
  }

  /** "Positive Experience" → positive; anything else → null, never a guess. */
  static String rating(String raw) {
    if (raw == null) {
      return null;
    }
    String first = raw.trim().toLowerCase(Locale.ROOT).split("\\s+")[0];
    return List.of("positive", "neutral", "negative").contains(first) ? first : null;
  }
}
