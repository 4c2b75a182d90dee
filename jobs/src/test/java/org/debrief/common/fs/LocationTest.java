package org.debrief.common.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationTest {
  @TempDir Path tmp;

  @Test
  void aPlainPathIsTheLocalDiskWhateverHadoopsDefaultFileSystem() {
    Location l = Location.of("data-samples/canonical");
    assertThat(l.isLocal()).isTrue();
    assertThat(l.toString())
        .isEqualTo("file:" + Path.of("data-samples/canonical").toAbsolutePath().normalize());
    assertThat(l.display())
        .isEqualTo(Path.of("data-samples/canonical").toAbsolutePath().toString());
    assertThat(Location.of("file:///tmp/x/../y/")).isEqualTo(Location.local(Path.of("/tmp/y")));
  }

  @Test
  void aUriKeepsItsSchemeAndAuthority() {
    Location l = Location.of("hdfs://nn.example:8020/data//exports/");
    assertThat(l.isLocal()).isFalse();
    assertThat(l.scheme()).isEqualTo("hdfs");
    assertThat(l.toString()).isEqualTo("hdfs://nn.example:8020/data/exports");
    assertThat(l.resolve("a b.csv").toString())
        .isEqualTo("hdfs://nn.example:8020/data/exports/a b.csv");
    assertThat(l.resolve("x/y").parent().name()).isEqualTo("x");
    assertThat(l.sibling("other").toString()).isEqualTo("hdfs://nn.example:8020/data/other");
    assertThat(Location.of("s3a://bucket/key/part").parent().toString())
        .isEqualTo("s3a://bucket/key");
  }

  @Test
  void relativizeGivesThePathBelowAndRefusesAnythingElse() {
    Location root = Location.of("hdfs://nn:8020/out");
    assertThat(root.relativize(root.resolve("runs/r1"))).isEqualTo("runs/r1");
    assertThat(root.relativize(root)).isEmpty();
    assertThatThrownBy(() -> root.relativize(Location.of("hdfs://nn:8020/outside")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> root.relativize(Location.of("hdfs://other:8020/out/runs")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> root.path()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void localFilesAreReplacedWholeAndMovesRefuseAnExistingTarget() throws Exception {
    Location f = Location.local(tmp).resolve("d/f.json");
    f.replace("one");
    f.replace("two");
    assertThat(f.readString()).isEqualTo("two");
    // No temporary file is left beside it.
    assertThat(f.parent().list()).containsExactly(f);
    Location a = Location.local(Files.createDirectories(tmp.resolve("a")));
    Location b = Location.local(Files.createDirectories(tmp.resolve("b")));
    Files.writeString(b.path().resolve("keep"), "x");
    assertThatThrownBy(() -> a.moveTo(b)).isInstanceOf(TargetExistsException.class);
    assertThat(b.resolve("keep").readString()).isEqualTo("x");
  }

  @Test
  void sharingATreeOnTheLocalDiskLinksItsFilesAndLeavesOutTheNamedEntries() throws Exception {
    Location run = Location.local(tmp).resolve("run");
    run.resolve("reviews/part-0.parquet").replace("rows");
    run.resolve("manifest.json").replace("{}");
    Location next = Location.local(tmp).resolve("next").mkdirs();
    run.storage().shareTree(run, next, java.util.Set.of("manifest.json"));
    assertThat(next.resolve("manifest.json").exists()).isFalse();
    Path linked = next.resolve("reviews/part-0.parquet").path();
    assertThat(Files.isSameFile(linked, run.resolve("reviews/part-0.parquet").path())).isTrue();
  }
}
