package org.debrief.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

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
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(company.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
