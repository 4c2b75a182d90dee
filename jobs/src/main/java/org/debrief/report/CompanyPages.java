package org.debrief.report;

import java.text.Normalizer;
import java.util.Locale;
import org.debrief.common.Sha256;

/**
 * File names of the company pages. A company name is untrusted text: the name becomes a slug of
 * ASCII letters, digits and hyphens, and a hash of the exact name keeps "Acme" and "ACME", or two
 * names that slug alike, apart. The same name always gives the same file.
 */
final class CompanyPages {
  static final int MAX_SLUG = 40;

  private CompanyPages() {}

  /** {@code company-<slug>-<first 8 hex digits of SHA-256(name)>.html}. */
  static String fileName(String company) {
    return "company-" + slug(company) + "-" + hash(company) + ".html";
  }

  static String slug(String company) {
    String ascii =
        Normalizer.normalize(company, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_SLUG) {
      ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "company" : ascii;
  }

  private static String hash(String company) {
    return Sha256.of(company).substring(0, 8);
  }
}
