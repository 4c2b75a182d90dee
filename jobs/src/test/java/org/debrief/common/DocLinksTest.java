package org.debrief.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.debrief.extract.Taxonomy;
import org.junit.jupiter.api.Test;

/** The README stays short, and every relative link of the README and docs/ resolves. */
class DocLinksTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"");
  static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

  @Test
  void theReadmeFitsOnTwoScreens() throws IOException {
    assertThat(Files.readAllLines(ROOT.resolve("README.md"))).hasSizeLessThanOrEqualTo(300);
  }

  @Test
  void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = LINK.matcher(prose(Files.readString(page)));
      while (m.find()) {
        String problem = problem(page, m.group(1));
        if (problem != null) {
          broken.add(ROOT.relativize(page) + ": (" + m.group(1) + ") " + problem);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theGlossaryHasAnAnchorForEveryLabelId() throws IOException {
    Set<String> anchors = anchors(ROOT.resolve("docs/glossary.md"));
    List<String> ids = new ArrayList<>(Taxonomy.CONCERNS);
    ids.addAll(Taxonomy.FEEDBACK);
    ids.addAll(Taxonomy.PROCESS_ISSUES);
    ids.add("followed_up");
    assertThat(anchors).containsAll(ids);
  }

  @Test
  void aBrokenLinkOrAnchorIsFound() {
    Path readme = ROOT.resolve("README.md");
    assertThat(problem(readme, "docs/no-such-page.md")).contains("no such file");
    assertThat(problem(readme, "docs/glossary.md#no_such_label")).contains("no anchor");
    assertThat(problem(readme, "../shared/spec/taxonomy.md")).contains("outside");
    assertThat(problem(readme, "docs/glossary.md#role_closed")).isNull();
  }

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    pages.add(ROOT.resolve("data-samples/README.md"));
    pages.add(ROOT.resolve("notebooks-export/README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** Why {@code target}, linked from {@code page}, does not resolve; null when it does. */
  static String problem(Path page, String target) {
    if (target.matches("^[a-z]+:.*")) {
      return null;
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!file.startsWith(ROOT)) {
      return "points outside the repository";
    }
    if (!Files.exists(file)) {
      return "no such file";
    }
    if (hash < 0 || !file.toString().endsWith(".md")) {
      return null;
    }
    try {
      return anchors(file).contains(target.substring(hash + 1)) ? null : "no anchor";
    } catch (IOException e) {
      return "unreadable: " + e.getMessage();
    }
  }

  /** The anchors a code host gives a page: explicit {@code <a id>} and heading slugs. */
  static Set<String> anchors(Path page) throws IOException {
    String text = prose(Files.readString(page));
    Set<String> anchors = new HashSet<>();
    Matcher a = ANCHOR.matcher(text);
    while (a.find()) {
      anchors.add(a.group(1));
    }
    Matcher h = HEADING.matcher(text);
    while (h.find()) {
      String slug = slug(h.group(1));
      String unique = slug;
      for (int n = 1; !anchors.add(unique); n++) {
        unique = slug + "-" + n;
      }
    }
    return anchors;
  }

  /** GitHub's heading slug: tags and punctuation dropped, lower case, spaces to hyphens. */
  static String slug(String heading) {
    return heading
        .replaceAll("<[^>]*>", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  /** The text outside fenced code blocks: a {@code #} comment in a shell block is no heading. */
  static String prose(String markdown) {
    return markdown.replaceAll("(?ms)^```.*?^```[^\\n]*$", "");
  }
}
