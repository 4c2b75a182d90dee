import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Map<String, Integer> skipped = new TreeMap<>();
    int run = 0;
    for (String dir : List.of("surefire-reports", "failsafe-reports")) {
      Path reports = Path.of(args[0], dir);
      if (!Files.isDirectory(reports)) {
        continue;
      }
      for (Path report : reports(reports)) {
        NodeList cases = parse(report).getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element testcase = (Element) cases.item(i);
          run++;
          NodeList skip = testcase.getElementsByTagName("skipped");
          if (skip.getLength() > 0) {
            String reason = ((Element) skip.item(0)).getAttribute("message");
            String test = testcase.getAttribute("classname").replaceFirst(".*\\.", "");
            reason = reason.replaceFirst("^skipped: ", "");
            skipped.merge(test + ": " + (reason.isEmpty() ? "no reason given" : reason), 1, Integer::sum);
          }
        }
      }
    }
    int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("Tests: %d run, %d skipped%s%n", run - total, total, total == 0 ? "." : ":");
    skipped.forEach(
        (line, n) -> {
          int colon = line.indexOf(": ");
          System.out.printf(
              "  %s (%d test%s): %s%n",
              line.substring(0, colon), n, n == 1 ? "" : "s", line.substring(colon + 2));
        });
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
