package org.debrief.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.debrief.common.SharedData;

/**
 * Measures language detectors on the review texts of {@code ../shared/data}: how many texts each
 * leaves {@code und}, how many short ones it names, agreement with the first detector, wall and CPU
 * time per 1,000 texts, and the heap its models hold. Not a test: run by hand, see
 * docs/language-detection.md. The Optimaize detector that Lingua replaced was measured by this
 * class at commit 0a3355f, before it left the build.
 *
 * <p>Arguments: detector names (default all); {@code --data DIR} reads another folder of exports;
 * {@code --out FILE} writes every text's verdicts as TSV for hand-checking. That file holds review
 * text: keep it outside the repository.
 */
public final class LanguageDetectorComparison {
  static final int SHORT = 60;
  // Languages' threshold on Lingua's confidences (softmax, summing to 1).
  static final double MIN_CONFIDENCE = 0.80;
  static final Language[] CORPUS = Languages.DETECTED;

  private LanguageDetectorComparison() {}

  static Map<String, Supplier<Function<String, String>>> detectors() {
    Map<String, Supplier<Function<String, String>>> d = new LinkedHashMap<>();
    d.put("lingua-all-low", () -> lingua(LanguageDetectorBuilder.fromAllLanguages(), true));
    d.put("lingua-all-high", () -> lingua(LanguageDetectorBuilder.fromAllLanguages(), false));
    d.put("lingua-corpus-low", () -> lingua(LanguageDetectorBuilder.fromLanguages(CORPUS), true));
    d.put("lingua-corpus-high", () -> lingua(LanguageDetectorBuilder.fromLanguages(CORPUS), false));
    return d;
  }

  static Function<String, String> lingua(LanguageDetectorBuilder builder, boolean low) {
    var detector = (low ? builder.withLowAccuracyMode() : builder).withPreloadedLanguageModels();
    var built = detector.build();
    return text -> {
      SortedMap<Language, Double> ranked = built.computeLanguageConfidenceValues(text);
      if (ranked.isEmpty()) {
        return Languages.UNDETERMINED;
      }
      Map.Entry<Language, Double> top =
          ranked.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      return top.getValue() < MIN_CONFIDENCE
          ? Languages.UNDETERMINED
          : top.getKey().getIsoCode639_1().toString();
    };
  }

  /** Review id and text of each distinct review text, in file order. */
  static Map<String, String> corpus(Path data) {
    ReviewMapper mapper =
        new ReviewMapper(LabelVocabulary.bundled(), IngestOptions.DEFAULT_MAX_TEXT_CHARS, false);
    FileIngest ingest = new FileIngest(LayoutRegistry.load(null), null, mapper);
    Map<String, String> byText = new LinkedHashMap<>();
    for (String f :
        InputFiles.resolve(List.of(org.debrief.common.fs.Location.local(data))).files()) {
      for (IngestRow row :
          ingest.read(f, InputFiles.location(f), org.debrief.common.fs.HadoopConfCopy.ofDriver())) {
        if (row.review() != null) {
          byText.putIfAbsent(row.review().text(), row.review().reviewId());
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    byText.forEach((text, id) -> out.put(id, text));
    return out;
  }

  public static void main(String[] args) throws IOException {
    List<String> names = new ArrayList<>();
    Path out = null;
    Path data = SharedData.root().resolve("data");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out")) {
        out = Path.of(args[++i]);
      } else if (args[i].equals("--data")) {
        data = Path.of(args[++i]);
      } else {
        names.add(args[i]);
      }
    }
    Map<String, Supplier<Function<String, String>>> all = detectors();
    if (names.isEmpty()) {
      names.addAll(all.keySet());
    }
    Map<String, String> texts = corpus(data);
    long shortTexts = texts.values().stream().filter(t -> t.length() < SHORT).count();
    System.out.printf(
        "%d distinct review texts, %d shorter than %d%n", texts.size(), shortTexts, SHORT);
    Map<String, String> prefixes = new LinkedHashMap<>();
    texts.forEach((id, text) -> prefixes.put(id, prefix(text)));
    Map<String, Map<String, String>> verdicts = new LinkedHashMap<>();
    Map<String, Map<String, String>> prefixVerdicts = new LinkedHashMap<>();
    for (String name : names) {
      Function<String, String> detector = measure(name, all.get(name), texts, verdicts);
      prefixVerdicts.put(name, detect(detector, prefixes));
    }
    scorePrefixes(verdicts, prefixVerdicts);
    System.out.printf("peak RSS (VmHWM) of this JVM: %s%n", peakRss());
    if (out != null) {
      Map<String, Map<String, String>> columns = new LinkedHashMap<>(verdicts);
      prefixVerdicts.forEach((name, v) -> columns.put(name + "-opening", v));
      write(out, texts, columns);
    }
  }

  /**
   * Short texts are few in the corpus (5 under 60 characters), so each review's opening words, cut
   * at a word boundary before {@link #SHORT} characters, stand in for short reviews. They are
   * scored against the full text's language where the first two detectors agree on it.
   */
  static String prefix(String text) {
    if (text.length() < SHORT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SHORT - 1);
    return text.substring(0, cut > 0 ? cut : SHORT - 1);
  }

  private static void scorePrefixes(
      Map<String, Map<String, String>> full, Map<String, Map<String, String>> prefixes) {
    if (full.size() < 2) {
      return;
    }
    List<Map<String, String>> two = new ArrayList<>(full.values()).subList(0, 2);
    Map<String, String> reference = new LinkedHashMap<>();
    two.get(0)
        .forEach(
            (id, l) -> {
              if (!Languages.UNDETERMINED.equals(l) && l.equals(two.get(1).get(id))) {
                reference.put(id, l);
              }
            });
    System.out.printf("opening words of %d reviews whose language is agreed:%n", reference.size());
    prefixes.forEach(
        (name, verdict) -> {
          long right =
              reference.keySet().stream()
                  .filter(id -> reference.get(id).equals(verdict.get(id)))
                  .count();
          long und =
              reference.keySet().stream()
                  .filter(id -> Languages.UNDETERMINED.equals(verdict.get(id)))
                  .count();
          System.out.printf(
              "%-20s right %d, und %d, wrong %d%n",
              name, right, und, reference.size() - right - und);
        });
  }

  private static Map<String, String> detect(
      Function<String, String> detector, Map<String, String> texts) {
    Map<String, String> out = new LinkedHashMap<>();
    texts.forEach((id, text) -> out.put(id, detector.apply(text)));
    return out;
  }

  private static Function<String, String> measure(
      String name,
      Supplier<Function<String, String>> factory,
      Map<String, String> texts,
      Map<String, Map<String, String>> earlier) {
    long heapBefore = usedHeapAfterGc();
    long t0 = System.nanoTime();
    Function<String, String> detector = factory.get();
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    long heapModels = usedHeapAfterGc() - heapBefore;
    detect(detector, texts); // warm-up pass
    long cpu0 = processCpuNanos();
    long w0 = System.nanoTime();
    Map<String, String> verdict = detect(detector, texts);
    double wallPer1000 = (System.nanoTime() - w0) / 1e6 * 1000 / texts.size();
    double cpuPer1000 = (processCpuNanos() - cpu0) / 1e6 * 1000 / texts.size();
    long und = verdict.values().stream().filter(Languages.UNDETERMINED::equals).count();
    long shortNamed =
        texts.entrySet().stream()
            .filter(e -> e.getValue().length() < SHORT)
            .filter(e -> !Languages.UNDETERMINED.equals(verdict.get(e.getKey())))
            .count();
    Map<String, Long> byLanguage = new TreeMap<>();
    verdict.values().forEach(l -> byLanguage.merge(l, 1L, Long::sum));
    System.out.printf(
        "%-20s build %6d ms | models %5d MB heap | %7.1f ms wall, %7.1f ms CPU per 1,000 texts"
            + " | und %4d | short named %3d | %s%n",
        name, buildMs, heapModels >> 20, wallPer1000, cpuPer1000, und, shortNamed, byLanguage);
    earlier.forEach(
        (other, theirs) ->
            System.out.printf(
                "%-20s agrees with %s on %d of %d%n",
                "", other, agreements(verdict, theirs), verdict.size()));
    earlier.put(name, verdict);
    return detector;
  }

  private static long agreements(Map<String, String> a, Map<String, String> b) {
    return a.entrySet().stream().filter(e -> e.getValue().equals(b.get(e.getKey()))).count();
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String peakRss() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM"))
        .map(l -> l.replaceAll("\\s+", " "))
        .findFirst()
        .orElse("unknown");
  }

  private static void write(
      Path out, Map<String, String> texts, Map<String, Map<String, String>> verdicts)
      throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      w.println("review_id\tlength\t" + String.join("\t", verdicts.keySet()) + "\ttext");
      texts.forEach(
          (id, text) -> {
            StringBuilder line = new StringBuilder(id).append('\t').append(text.length());
            verdicts.values().forEach(v -> line.append('\t').append(v.get(id)));
            w.println(line.append('\t').append(text.replaceAll("\\s+", " ")));
          });
    }
  }
}
