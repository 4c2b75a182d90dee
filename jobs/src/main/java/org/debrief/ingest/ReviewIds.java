package org.debrief.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable review ids for sources that carry none: the same source and content give the same id. */
public final class ReviewIds {
  private ReviewIds() {}

  public static String of(String source, String company, String text) {
    String key = (source == null ? "" : source) + "\u0000" + Texts.duplicateKey(company, text);
    return "r-" + sha256(key).substring(0, 20);
  }

  public static String sha256(String s) {
    return sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
