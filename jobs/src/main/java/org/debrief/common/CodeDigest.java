package org.debrief.common;

import java.nio.file.Path;

/**
 * The digest of the jar or folder Debrief's classes come from: code, rules, models and templates
 * all ship there, so any change to them changes it. Computed once per JVM.
 */
public final class CodeDigest {
  private static String digest;

  private CodeDigest() {}

  public static synchronized String debrief() {
    if (digest == null) {
      digest = compute();
    }
    return digest;
  }

  private static String compute() {
    try {
      Path code =
          Path.of(CodeDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Sha256.path(code);
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // Unknown code: a digest no other run has, so nothing is reused.
      return "unknown-" + java.util.UUID.randomUUID();
    }
  }
}
