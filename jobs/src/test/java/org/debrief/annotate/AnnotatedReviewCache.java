package org.debrief.annotate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence sentiment of many reviews, kept under target/ so calibration can be re-run without
 * re-annotating (minutes on 2 cores).
 *
 * <p>Stores ids, ratings and numbers only: no review text enters the file (see
 * ../shared/data/README.md).
 */
final class AnnotatedReviewCache {
  private static final Token FILLER = new Token("", "", "", 0, 0);

  /** One review's rating and its sentences, with texts and tokens blanked. */
  record Entry(RatedReview review, List<AnnotatedSentence> sentences) {}

  private AnnotatedReviewCache() {}

  static List<Entry> annotateOrLoad(Path file, List<RatedReview> reviews) {
    if (Files.exists(file)) {
      return load(file, reviews);
    }
    ReviewAnnotator annotator = ReviewAnnotator.shared();
    List<Entry> entries = new ArrayList<>();
    for (RatedReview r : reviews) {
      entries.add(new Entry(r, annotator.annotate(r.text())));
      if (entries.size() % 100 == 0) {
        System.err.println("annotated " + entries.size() + " / " + reviews.size());
      }
    }
    write(file, entries);
    return entries;
  }

  private static void write(Path file, List<Entry> entries) {
    try {
      Files.createDirectories(file.getParent());
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (Entry e : entries) {
          for (AnnotatedSentence s : e.sentences()) {
            List<String> cells = new ArrayList<>();
            cells.add(e.review().id());
            cells.add(Integer.toString(s.index()));
            cells.add(Integer.toString(s.tokens().size()));
            cells.add(s.sentiment() == null ? "-" : s.sentiment());
            s.probabilities().forEach(p -> cells.add(Double.toString(p)));
            s.phraseProbabilities().forEach(p -> cells.add(Double.toString(p)));
            out.write(String.join("\t", cells));
            out.newLine();
          }
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file, ex);
    }
  }

  private static List<Entry> load(Path file, List<RatedReview> reviews) {
    Map<String, List<AnnotatedSentence>> byId = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] c = line.split("\t");
        boolean scored = !c[3].equals("-");
        List<Double> probabilities = new ArrayList<>();
        List<Double> phrases = new ArrayList<>();
        for (int i = 4; i < c.length; i++) {
          (i < 9 ? probabilities : phrases).add(Double.parseDouble(c[i]));
        }
        AnnotatedSentence s =
            new AnnotatedSentence(
                Integer.parseInt(c[1]),
                0,
                0,
                "",
                Collections.nCopies(Integer.parseInt(c[2]), FILLER),
                scored ? c[3] : null,
                probabilities,
                scored ? List.of() : List.of(AnnotatedSentence.TOO_LONG_FOR_PARSER),
                phrases);
        byId.computeIfAbsent(c[0], k -> new ArrayList<>()).add(s);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + file + "; delete it to re-annotate", ex);
    }
    List<Entry> entries = new ArrayList<>();
    for (RatedReview r : reviews) {
      entries.add(new Entry(r, byId.getOrDefault(r.id(), List.of())));
    }
    return entries;
  }
}
