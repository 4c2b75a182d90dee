package org.debrief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.debrief.common.fs.HadoopConfCopy;
import org.debrief.common.fs.Location;
import org.debrief.ingest.FileIngest;
import org.debrief.ingest.IngestRow;
import org.debrief.ingest.InputFiles;
import org.debrief.ingest.LabelVocabulary;
import org.debrief.ingest.LayoutRegistry;
import org.debrief.ingest.ReviewMapper;

/** The English review texts the benchmark resamples, read with ingest's own readers. */
final class BenchSource {
  private BenchSource() {}

  static List<String> texts(Path source) {
    FileIngest ingest =
        new FileIngest(
            LayoutRegistry.load(null), null, new ReviewMapper(LabelVocabulary.bundled(), 100_000));
    List<String> texts = new ArrayList<>();
    HadoopConfCopy conf = HadoopConfCopy.ofDriver();
    for (String file : InputFiles.resolve(List.of(Location.local(source))).files()) {
      for (IngestRow row : ingest.read(file, InputFiles.location(file), conf)) {
        if (row.review() != null && "en".equals(row.review().language())) {
          texts.add(row.review().text());
        }
      }
    }
    return texts;
  }
}
