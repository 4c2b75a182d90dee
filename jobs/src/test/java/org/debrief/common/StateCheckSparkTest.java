package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.fs.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of damage to a state entry is found, named, and the entry moved under damaged/. */
class StateCheckSparkTest {
  static SparkSession spark;
  @TempDir Path tmp;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  /** A sealed entry of 100 rows in two Parquet files. */
  private Location entry(String name) {
    Location e = Location.local(tmp.resolve("state/cache/" + name));
    spark.range(100).repartition(2).write().parquet(e.toString());
    StateEntry.seal(e);
    return e;
  }

  private static Path firstPart(Location entry) throws IOException {
    try (Stream<Path> files = Files.list(entry.path())) {
      return files
          .filter(p -> p.toString().endsWith(".parquet"))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void aSealedEntryIsWhole() {
    Location e = entry("batch-ok");
    assertThat(StateEntry.damage(e)).isEmpty();
    assertThat(ParquetFooters.partFiles(e)).hasSize(2);
  }

  @Test
  void eachKindOfDamageIsNamed() throws IOException {
    Location truncated = entry("batch-truncated");
    byte[] bytes = Files.readAllBytes(firstPart(truncated));
    Files.write(firstPart(truncated), Arrays.copyOf(bytes, bytes.length - 10));
    assertThat(StateEntry.damage(truncated))
        .get()
        .asString()
        .contains("no readable Parquet footer");

    Location empty = entry("batch-empty");
    Files.write(firstPart(empty), new byte[0]);
    assertThat(StateEntry.damage(empty)).get().asString().contains("no readable Parquet footer");

    Location unsealed = entry("batch-unsealed");
    Files.delete(unsealed.path().resolve(StateEntry.RECORD));
    assertThat(StateEntry.damage(unsealed)).contains("no _ENTRY.json: it was never completed");

    Location garbled = entry("batch-garbled-record");
    Files.writeString(garbled.path().resolve(StateEntry.RECORD), "{\"files\": {");
    assertThat(StateEntry.damage(garbled))
        .get()
        .asString()
        .startsWith("_ENTRY.json does not parse");

    Location lost = entry("batch-lost-file");
    Path part = firstPart(lost);
    Files.delete(part);
    assertThat(StateEntry.damage(lost)).contains(part.getFileName() + " is missing");

    Location extra = entry("batch-extra-file");
    Files.copy(firstPart(extra), extra.path().resolve("part-extra.parquet"));
    assertThat(StateEntry.damage(extra))
        .contains("holds files its record does not list: [part-extra.parquet]");
  }

  @Test
  void aFileWithOtherRowsThanRecordedIsDamaged() throws IOException {
    Location e = entry("batch-rows");
    Path part = firstPart(e);
    Location other = Location.local(tmp.resolve("other"));
    spark.range(7).coalesce(1).write().parquet(other.toString());
    Files.copy(firstPart(other), part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Optional<String> why = StateEntry.damage(e);
    assertThat(why).get().asString().contains(part.getFileName() + " holds 7 rows,");
  }

  @Test
  void theCheckMovesADamagedEntryAsideAndReportsItLeavingTheOthers() throws IOException {
    Location good = entry("batch-good");
    Location bad = entry("batch-bad");
    Files.write(firstPart(bad), new byte[] {1, 2, 3});
    Location hidden = Location.local(tmp.resolve("state/cache/.batch-being-written")).mkdirs();
    List<StateRepair> repairs = new ArrayList<>();
    Location stateRoot = Location.local(tmp.resolve("state"));

    new StateCheck(stateRoot, repairs::add).entries(stateRoot.resolve("cache"), "batch-");

    assertThat(good.exists()).isTrue();
    assertThat(hidden.exists()).isTrue();
    assertThat(bad.exists()).isFalse();
    assertThat(repairs).hasSize(1);
    StateRepair r = repairs.get(0);
    assertThat(r.entry()).isEqualTo("cache/batch-bad");
    assertThat(r.reason()).contains("no readable Parquet footer");
    assertThat(r.movedTo()).startsWith("damaged/").endsWith("-cache~batch-bad");
    assertThat(stateRoot.resolve(r.movedTo()).resolve(StateEntry.RECORD).isFile()).isTrue();
  }

  @Test
  void unparsableInputDigestsAreSetAsideAndStartEmpty() throws IOException {
    Location stateRoot = Location.local(tmp.resolve("state")).mkdirs();
    Files.writeString(tmp.resolve("state/input-digests.json"), "not json");
    List<StateRepair> repairs = new ArrayList<>();
    Path input = Files.writeString(tmp.resolve("in.csv"), "a,b\n");

    InputDigests digests = InputDigests.under(stateRoot, new StateCheck(stateRoot, repairs::add));

    assertThat(digests.sha256(Location.local(input))).isEqualTo(Sha256.of("a,b\n"));
    assertThat(repairs).extracting(StateRepair::entry).containsExactly("input-digests.json");
    assertThat(tmp.resolve("state/input-digests.json")).doesNotExist();
  }
}
