package org.debrief.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions of Debrief and of what it was built against, for manifests and {@code --version}. */
public final class BuildInfo {
  private static final Properties PROPS = load();

  private BuildInfo() {}

  public static String debrief() {
    return PROPS.getProperty("debrief.version", "unknown");
  }

  public static String corenlp() {
    return PROPS.getProperty("corenlp.version", "unknown");
  }

  public static String sparkBuiltAgainst() {
    return PROPS.getProperty("spark.version", "unknown");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/org/debrief/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read build.properties", e);
    }
    return p;
  }
}
