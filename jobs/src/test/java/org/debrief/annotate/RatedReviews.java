package org.debrief.annotate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the rated reviews of ../shared/data for measurements; the text never leaves memory.
 *
 * <p>The dev set ({@code labelled/zillow_dev.csv}) is kept apart from the calibration set (every
 * other rated review we have) so that thresholds are never fitted on the reviews they are judged
 * on.
 */
public final class RatedReviews {
  private static final String ZILLOW = "glassdoor-zillow/zillow_interviews.csv";
  private static final String DEV = "labelled/zillow_dev.csv";
  private static final String APPLE = "glassdoor-apple-microsoft/apple_data.csv";
  private static final List<String> INDIA =
      List.of(
          "glassdoor-india-2024/1000_interview_details.csv",
          "glassdoor-india-2024/AccentureInterviewQuestions.csv",
          "glassdoor-india-2024/DelloteInterview.csv");

  private RatedReviews() {}

  static Path shared() {
    return Path.of(System.getProperty("debrief.shared", "../shared"), "data");
  }

  /** The 120 hand-labelled Zillow reviews, in file order. */
  public static List<RatedReview> dev() {
    return read(DEV, "dev", "review_id", "text", "experience");
  }

  /** All 535 Zillow reviews; ids are {@code zil-NNNN}, NNNN the 1-based data row. */
  static List<RatedReview> zillow() {
    return read(ZILLOW, "zillow", null, "interview_description", "interview_experience");
  }

  /**
   * Every rated review outside the dev set: the other Zillow reviews, Apple and the three India
   * files, with texts seen before (duplicates, dev texts) dropped.
   */
  public static List<RatedReview> calibration() {
    Set<String> seen = new HashSet<>();
    dev().forEach(r -> seen.add(r.text()));
    List<RatedReview> all = new ArrayList<>(zillow());
    all.addAll(read(APPLE, "apple", null, "Interview", "experience"));
    for (String file : INDIA) {
      all.addAll(read(file, "india", null, "Process", "Experience"));
    }
    Map<String, RatedReview> kept = new LinkedHashMap<>();
    for (RatedReview r : all) {
      if (r.rating() != null && !r.text().isBlank() && seen.add(r.text())) {
        kept.put(r.id(), r);
      }
    }
    return List.copyOf(kept.values());
  }

  static List<RatedReview> read(
      String file, String source, String idColumn, String text, String rating) {
    Path path = shared().resolve(file);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<RatedReview> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      String prefix = file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
      for (CSVRecord row : parser) {
        String id =
            idColumn != null
                ? row.get(idColumn)
                : source.equals("zillow")
                    ? String.format("zil-%04d", row.getRecordNumber())
                    : prefix + "-" + row.getRecordNumber();
        out.add(
            new RatedReview(source, id, row.get(text), RatedReview.polarityOf(row.get(rating))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + path + "; set -Ddebrief.shared to the shared folder", e);
    }
    return out;
  }
}
