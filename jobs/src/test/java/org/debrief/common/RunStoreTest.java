package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.debrief.common.fs.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication through the _LATEST pointer, on the local disk. */
class RunStoreTest {
  @TempDir Path tmp;

  private static Location completeRun(RunStore store, String id) {
    Location run = store.begin(id);
    run.resolve("reviews/part-0.parquet").replace(id);
    run.resolve("manifest.json").replace("{\"run_id\":\"" + id + "\",\"status\":\"succeeded\"}");
    return run;
  }

  @Test
  void thePointerNamesThePublishedRunByRelativePathAndManifestChecksum() throws Exception {
    RunStore store = new RunStore(Location.local(tmp.resolve("out")));
    assertThat(store.latest()).isNull();
    Location run = store.publish(completeRun(store, "r1"));
    JsonNode pointer = Json.MAPPER.readTree(tmp.resolve("out/_LATEST").toFile());
    assertThat(pointer.get("run_id").asText()).isEqualTo("r1");
    assertThat(pointer.get("path").asText()).isEqualTo("runs/r1");
    assertThat(pointer.get("manifest_sha256").asText())
        .isEqualTo(Sha256.file(tmp.resolve("out/runs/r1/manifest.json")));
    assertThat(store.latest()).isEqualTo(run);
    // The convenience link names the same run.
    assertThat(tmp.resolve("out/latest").toRealPath()).isEqualTo(run.path());
  }

  @Test
  void anOutputFolderMovedElsewhereStillResolves() throws Exception {
    RunStore store = new RunStore(Location.local(tmp.resolve("out")));
    store.publish(completeRun(store, "r1"));
    Files.move(tmp.resolve("out"), tmp.resolve("moved"));
    assertThat(new RunStore(Location.local(tmp.resolve("moved"))).latest())
        .isEqualTo(Location.local(tmp.resolve("moved/runs/r1")));
  }

  @Test
  void aManifestEditedAfterPublicationIsRefused() {
    RunStore store = new RunStore(Location.local(tmp.resolve("out")));
    Location run = store.publish(completeRun(store, "r1"));
    run.resolve("manifest.json").replace("{\"run_id\":\"r1\",\"status\":\"succeeded\",\"x\":1}");
    assertThatThrownBy(store::latest)
        .isInstanceOf(DebriefException.class)
        .hasMessageContaining("manifest.json has changed since the run was published");
  }

  @Test
  void anEditedManifestDoesNotStopTheNextRunFromPublishing() {
    RunStore store = new RunStore(Location.local(tmp.resolve("out")));
    Location edited = store.publish(completeRun(store, "r1"));
    edited.resolve("manifest.json").replace("{\"status\":\"succeeded\",\"edited\":true}");
    Location next = completeRun(store, "r2");
    // The current run is kept while the new one is written, then replaced by it.
    assertThat(edited.exists()).isTrue();
    store.publish(next);
    assertThat(store.latest()).isEqualTo(next);
  }

  @Test
  void anOutputWithOnlyTheOldLatestLinkIsStillRead() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("old/runs/r0"));
    Files.createSymbolicLink(tmp.resolve("old/latest"), Path.of("runs/r0"));
    assertThat(new RunStore(Location.local(tmp.resolve("old"))).latest())
        .isEqualTo(Location.local(out));
  }

  @Test
  void beginRemovesIncompleteRunsAndRetentionKeepsTheCurrentOne() {
    RunStore store = new RunStore(Location.local(tmp.resolve("out")));
    store.publish(completeRun(store, "r1"));
    completeRun(store, "r2");
    store.publish(completeRun(store, "r3"));
    // A run killed before its manifest said "succeeded".
    Location killed = store.begin("r4");
    killed.resolve("reviews/part-0.parquet").replace("half");
    // Retention never deletes an incomplete run: it may be the one being written.
    assertThat(store.retain(1)).extracting(Location::name).containsExactly("r2", "r1");
    assertThat(store.runs().list()).extracting(Location::name).containsExactly("r3", "r4");
    // The next run's start removes it; the current run stays.
    store.begin("r5");
    assertThat(store.runs().list()).extracting(Location::name).containsExactly("r3", "r5");
    assertThat(store.latest().name()).isEqualTo("r3");
  }
}
