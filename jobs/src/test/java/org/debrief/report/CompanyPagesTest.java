package org.debrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyPagesTest {
  @Test
  void fileNamesAreASlugAndAHashOfTheExactName() {
    assertThat(CompanyPages.fileName("Harbor & Pine Bank"))
        .matches("company-harbor-pine-bank-[0-9a-f]{8}\\.html")
        .isEqualTo(CompanyPages.fileName("Harbor & Pine Bank"));
    assertThat(CompanyPages.slug("Société Générale Zürich")).isEqualTo("societe-generale-zurich");
    assertThat(CompanyPages.fileName("Acme")).isNotEqualTo(CompanyPages.fileName("ACME"));
    assertThat(CompanyPages.slug("Acme")).isEqualTo(CompanyPages.slug("ACME"));
  }

  @Test
  void hostileNamesGiveSafeFileNames() {
    List<String> hostile =
        List.of(
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "=HYPERLINK(\"http://evil.example/x\",\"click\")",
            "con",
            "\u0000\u202e",
            "टाटा",
            "a".repeat(500),
            "CON:");
    for (String name : hostile) {
      assertThat(CompanyPages.fileName(name))
          .as(name)
          .matches("company-[a-z0-9-]{1,40}-[0-9a-f]{8}\\.html")
          .doesNotContain("--");
    }
    assertThat(CompanyPages.slug("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(CompanyPages.slug("टाटा")).isEqualTo("company");
    assertThat(hostile.stream().map(CompanyPages::fileName).distinct()).hasSize(hostile.size());
  }
}
