package org.debrief.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.debrief.common.SharedData;
import org.debrief.common.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run after its state was damaged, process by process. One run of each kind costs a
 * minute, so one run meets every kind of damage at once, each on its own entry: a truncated
 * annotation batch, an extraction batch without its files, ingest entries zero-length, overwritten
 * with garbage and without their record, and input digests that do not parse.
 */
class StateRepairIT {
  @TempDir static Path tmp;

  @Test
  void aRunOverDamagedStateRepairsEachEntryAndPublishesTheCleanRunsRows() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("exports"));
    Files.copy(SharedData.samples().resolve("canonical/reviews.csv"), input.resolve("reviews.csv"));
    Files.writeString(
        input.resolve("extra-1.csv"),
        "review_id,text\nx-1,\"They asked me to code on a whiteboard for an hour.\"\n");
    Files.writeString(
        input.resolve("extra-2.csv"),
        "review_id,text\nx-2,\"The recruiter never replied after the onsite.\"\n");
    PublishedOutput out = new PublishedOutput(SparkTestSession.get(), tmp.resolve("out"));
    assertThat(DebriefProcess.run(args(input, out, "0.5"))).isZero();
    var cleanRows = out.rows();
    var cleanSummaries = out.summaries();

    Path state = out.output().resolve("state");
    List<String> damaged = damageEachKind(state);

    // Another quarantine limit changes the fingerprint, so the run reads its state.
    DebriefProcess run = DebriefProcess.start(null, args(input, out, "0.9"));
    assertThat(run.waitFor(Duration.ofMinutes(5))).as(run.stderr()).isZero();
    JsonNode m = out.manifest();
    assertThat(out.rows()).containsExactlyElementsOf(cleanRows);
    assertThat(out.summaries()).isEqualTo(cleanSummaries);
    assertThat(m.at("/ingest/files_parsed").asLong()).isEqualTo(3);
    assertThat(m.at("/annotate/texts_annotated").asLong()).isEqualTo(27);
    assertThat(m.at("/extract/texts_extracted").asLong()).isEqualTo(27);

    List<String> repaired = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (JsonNode r : m.get("state_repairs")) {
      repaired.add(r.get("entry").asText());
      reasons.add(r.get("reason").asText());
      assertThat(run.stderr())
          .containsPattern(
              "WARN +StateCheck: the state entry "
                  + java.util.regex.Pattern.quote(
                      state.resolve(r.get("entry").asText()).toString()))
          .contains(r.get("reason").asText());
      assertThat(state.resolve(r.get("moved_to").asText())).exists();
      assertThat(r.get("moved_to").asText()).startsWith("damaged/");
    }
    assertThat(repaired).containsExactlyInAnyOrderElementsOf(damaged);
    assertThat(reasons)
        .anyMatch(w -> w.contains("has no readable Parquet footer"))
        .anyMatch(w -> w.contains("is missing"))
        .anyMatch(w -> w.contains("no _ENTRY.json"))
        .anyMatch(w -> w.contains("does not parse"));
  }

  /** Damages one entry of each kind; returns their paths under {@code state}. */
  private static List<String> damageEachKind(Path state) throws IOException {
    Path annotation = parts(state.resolve("annotations")).get(0);
    byte[] bytes = Files.readAllBytes(annotation);
    Files.write(annotation, Arrays.copyOf(bytes, bytes.length / 2));

    Path extraction = parts(state.resolve("extractions")).get(0).getParent();
    try (Stream<Path> files = Files.list(extraction)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("_")).toList()) {
        Files.delete(f);
      }
    }

    List<Path> ingest = parts(state.resolve("ingest"));
    assertThat(ingest).hasSize(3);
    Files.write(ingest.get(0), new byte[0]);
    byte[] garbage = new byte[(int) Files.size(ingest.get(1))];
    new Random(22).nextBytes(garbage);
    Files.write(ingest.get(1), garbage);
    Files.delete(ingest.get(2).resolveSibling("_ENTRY.json"));

    Files.writeString(state.resolve("input-digests.json"), "{\"reviews.csv\": {\"size\": 12");
    List<String> damaged = new ArrayList<>(List.of("input-digests.json"));
    for (Path entry : List.of(annotation.getParent(), extraction)) {
      damaged.add(state.relativize(entry).toString());
    }
    ingest.forEach(p -> damaged.add(state.relativize(p.getParent()).toString()));
    return damaged;
  }

  /** The first Parquet file of each entry under {@code folder}, by path. */
  private static List<Path> parts(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      var firstByEntry = new java.util.TreeMap<Path, Path>();
      files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .sorted()
          .forEach(p -> firstByEntry.putIfAbsent(p.getParent(), p));
      return List.copyOf(firstByEntry.values());
    }
  }

  private static String[] args(Path input, PublishedOutput out, String maxQuarantineRate) {
    return new String[] {
      "run",
      "--input",
      input.toString(),
      "--output",
      out.output().toString(),
      "--max-quarantine-rate",
      maxQuarantineRate
    };
  }
}
