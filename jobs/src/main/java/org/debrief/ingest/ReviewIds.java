package org.debrief.ingest;

import org.debrief.common.Sha256;

/** Stable review ids for sources that carry none: the same source and content give the same id. */
public final class ReviewIds {
  private ReviewIds() {}

  public static String of(String source, String company, String text) {
    String key = (source == null ? "" : source) + "\u0000" + Texts.duplicateKey(company, text);
    return "r-" + Sha256.of(key).substring(0, 20);
  }
}
