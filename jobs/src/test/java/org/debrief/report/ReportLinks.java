package org.debrief.report;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The links of a report folder's pages, checked as a browser opening the folder would follow them.
 */
final class ReportLinks {
  private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

  private ReportLinks() {}

  static List<Path> pages(Path report) throws IOException {
    try (Stream<Path> files = Files.list(report)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }

  /** Every {@code href} of {@code page}, HTML entities of ours decoded. */
  static List<String> hrefs(Path page) throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = HREF.matcher(Files.readString(page));
    while (m.find()) {
      out.add(m.group(1).replace("&#61;", "=").replace("&amp;", "&"));
    }
    return out;
  }

  static Set<String> ids(Path page) throws IOException {
    Set<String> out = new HashSet<>();
    Matcher m = ID.matcher(Files.readString(page));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * Links that do not resolve: to a file missing from the folder, an anchor missing from its page,
   * or anything outside the folder (a report must open offline).
   */
  static List<String> broken(Path report) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path page : pages(report)) {
      for (String href : hrefs(page)) {
        String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
        Path target =
            file.isEmpty() ? page : report.resolve(URLDecoder.decode(file, StandardCharsets.UTF_8));
        boolean inside =
            !file.contains("/") && !file.contains(":") && target.normalize().startsWith(report);
        if (!inside || !Files.isRegularFile(target)) {
          out.add(page.getFileName() + " → " + href + " (no such file in the report)");
        } else if (anchor != null && !ids(target).contains(anchor)) {
          out.add(page.getFileName() + " → " + href + " (no such anchor)");
        }
      }
    }
    return out;
  }
}
