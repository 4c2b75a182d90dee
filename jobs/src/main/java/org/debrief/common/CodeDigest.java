package org.debrief.common;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest of the jar or folder Debrief's classes come from: code, rules, models and templates
 * all ship there, so any change to them changes it. Computed once per JVM.
 */
public final class CodeDigest {
  private static final Logger LOG = LoggerFactory.getLogger(CodeDigest.class);
  private static String digest;

  private CodeDigest() {}

  public static synchronized String debrief() {
    if (digest == null) {
      digest = compute();
    }
    return digest;
  }

  private static String compute() {
    CodeSource source = CodeDigest.class.getProtectionDomain().getCodeSource();
    try {
      if (source == null) {
        throw new IllegalStateException("the JVM names no code source for Debrief's classes");
      }
      return Sha256.path(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      // Unknown code: a digest no other run has, so nothing cached under it is ever reused.
      LOG.warn(
          "cannot digest Debrief's code ({}): this run reuses no cached ingest or extraction"
              + " results and no earlier run's rows, and the next run cannot reuse this one's;"
              + " every input is parsed and every text extracted again. Run Debrief from its jar"
              + " or classes folder on a local disk to keep the caches.",
          e.getMessage());
      return "unknown-" + java.util.UUID.randomUUID();
    }
  }
}
