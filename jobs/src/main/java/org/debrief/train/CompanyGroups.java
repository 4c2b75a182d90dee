package org.debrief.train;

import java.util.List;
import java.util.Locale;

/**
 * The company groups left out one at a time in company-disjoint evaluation: reviews of one group
 * are never scored by a model trained on that group.
 */
public final class CompanyGroups {
  public static final String ZILLOW = "zillow";
  public static final String INDIA = "tcs_accenture_deloitte";
  public static final String APPLE_MICROSOFT = "apple_microsoft";
  public static final String SAMPLES = "data_samples";

  /** Reviews whose export names no company (the Microsoft JSON export read on its own). */
  public static final String UNNAMED = "unnamed_company";

  public static final List<String> ALL = List.of(ZILLOW, INDIA, APPLE_MICROSOFT, SAMPLES, UNNAMED);

  private CompanyGroups() {}

  /**
   * The group of a review from its company, or from the id prefix the labelled sets use when the
   * company is missing (the Microsoft export names none); any other named company is a sample's.
   */
  public static String of(String reviewId, String company) {
    String c = company == null ? "" : company.toLowerCase(Locale.ROOT);
    String id = reviewId.toLowerCase(Locale.ROOT);
    if (c.contains("zillow") || id.startsWith("zil-")) {
      return ZILLOW;
    }
    if (c.contains("tata")
        || c.contains("accenture")
        || c.contains("deloitte")
        || id.startsWith("tcs-")
        || id.startsWith("acn-")
        || id.startsWith("dlt-")) {
      return INDIA;
    }
    if (c.contains("apple")
        || c.contains("microsoft")
        || id.startsWith("apl-")
        || id.startsWith("msf-")) {
      return APPLE_MICROSOFT;
    }
    return c.isBlank() ? UNNAMED : SAMPLES;
  }
}
