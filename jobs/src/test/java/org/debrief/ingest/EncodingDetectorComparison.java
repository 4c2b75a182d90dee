package org.debrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.debrief.common.Json;
import org.debrief.common.SharedData;

/**
 * Measures ICU4J's {@code CharsetDetector} (on the class path through a dependency) on real review
 * text re-encoded as Windows-1252: for groups of N reviews of each employer of {@code
 * ../shared/corpus} that hold a non-ASCII character Windows-1252 can encode, whether the charset it
 * names decodes the bytes back to the exact text. Not a test: run by hand, see docs/inputs.md
 * (Example: a Windows-1252 export). Argument: N, the reviews per group (default 1; 0 = whole file).
 */
public final class EncodingDetectorComparison {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private EncodingDetectorComparison() {}

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int groups = 0;
    int exact = 0;
    Map<String, Integer> named = new TreeMap<>();
    for (Path file : corpusFiles()) {
      List<String> texts = texts(file);
      int step = size == 0 ? texts.size() : size;
      for (int i = 0; i < texts.size(); i += step) {
        String text = String.join("\n", texts.subList(i, Math.min(texts.size(), i + step)));
        byte[] bytes = text.getBytes(CP1252);
        boolean encodable = new String(bytes, CP1252).equals(text);
        if (!encodable || text.chars().allMatch(c -> c < 0x80)) {
          continue; // ASCII needs no detection; text Windows-1252 cannot hold is no such export
        }
        groups++;
        CharsetMatch best = new CharsetDetector().setText(bytes).detect();
        String name = best == null ? "none" : best.getName();
        named.merge(name, 1, Integer::sum);
        if (best != null && new String(bytes, Charset.forName(name)).equals(text)) {
          exact++;
        }
      }
    }
    System.out.printf(
        "groups of %s reviews with non-ASCII text: %d; decoded exactly with the named charset: %d;"
            + " names: %s%n",
        size == 0 ? "all" : size, groups, exact, named);
  }

  private static List<Path> corpusFiles() throws IOException {
    try (Stream<Path> s = Files.walk(SharedData.root().resolve("corpus"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static List<String> texts(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode n : Json.MAPPER.readTree(file.toFile())) {
      out.add(n.path("details").asText(""));
    }
    return out;
  }
}
