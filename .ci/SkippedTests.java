import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints which tests the last `mvn verify` skipped and why, from the surefire and failsafe
 * reports: one line per test class and reason. Run by ./run-tests at its end.
 *
 *   java .ci/SkippedTests.java jobs/target
 */
public class SkippedTests {
  public static void main(String[] args) throws Exception {
    Map<String, Integer> tests = new TreeMap<>();
    Map<String, Map<String, List<String>>> skipped = new TreeMap<>();
    for (String dir : List.of("surefire-reports", "failsafe-reports")) {
      Path reports = Path.of(args[0], dir);
      if (!Files.isDirectory(reports)) {
        continue;
      }
      for (Path report : reports(reports)) {
        NodeList cases = parse(report).getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element testcase = (Element) cases.item(i);
          String test = testcase.getAttribute("classname").replaceFirst(".*\\.", "");
          tests.merge(test, 1, Integer::sum);
          NodeList skip = testcase.getElementsByTagName("skipped");
          if (skip.getLength() > 0) {
            Element skipElement = (Element) skip.item(0);
            String reason = skipElement.getAttribute("message");
            if (reason.isEmpty()) {
              // An assumption's reason is only in the first line of the stack trace surefire keeps.
              reason =
                  skipElement.getTextContent().strip().lines().findFirst().orElse("")
                      .replaceFirst("^[\\w.]*TestAbortedException: ", "")
                      .replaceFirst("^Assumption failed: ", "");
            }
            reason = reason.isEmpty() ? "no reason given" : reason.replaceFirst("^skipped: ", "");
            skipped
                .computeIfAbsent(test, t -> new TreeMap<>())
                .computeIfAbsent(reason, r -> new ArrayList<>())
                .add(testcase.getAttribute("name"));
          }
        }
      }
    }
    int all = tests.values().stream().mapToInt(Integer::intValue).sum();
    int total = 0;
    List<String> lines = new ArrayList<>();
    for (var test : skipped.entrySet()) {
      for (var reason : test.getValue().entrySet()) {
        List<String> names = reason.getValue();
        total += names.size();
        int of = tests.get(test.getKey());
        // A whole class skipped is one line; a few methods of a class are named.
        String which =
            names.size() == of
                ? test.getKey() + " (" + of + (of == 1 ? " test)" : " tests)")
                : test.getKey() + "." + String.join(", ", names) + " (" + names.size() + " of " + of + ")";
        lines.add("  " + which + ": " + reason.getKey());
      }
    }
    System.out.printf("Tests: %d run, %d skipped%s%n", all - total, total, total == 0 ? "." : ":");
    lines.forEach(System.out::println);
  }

  static List<Path> reports(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
    }
  }

  static org.w3c.dom.Document parse(Path report) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
  }
}
