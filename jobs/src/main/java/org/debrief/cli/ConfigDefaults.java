package org.debrief.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option values not given as flags: from the config file ({@code --config FILE}, a properties file
 * with keys such as {@code keep=7}), else from the environment ({@code DEBRIEF_KEEP=7}), else the
 * option's own default. So flags win over the file, and the file over the environment.
 */
final class ConfigDefaults implements IDefaultValueProvider {
  private final Properties file;
  private final Map<String, String> env;

  ConfigDefaults(Properties file, Map<String, String> env) {
    this.file = file;
    this.env = env;
  }

  static ConfigDefaults load(Path config, Map<String, String> env) {
    Properties p = new Properties();
    if (config != null) {
      try (Reader in = Files.newBufferedReader(config)) {
        p.load(in);
      } catch (IOException e) {
        throw new DebriefException(
            ExitCode.USAGE, "cannot read config file " + config + ": " + e.getMessage(), e);
      }
    }
    return new ConfigDefaults(p, env);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    String key = option.longestName().replaceFirst("^-+", "");
    String fromFile = file.getProperty(key);
    if (fromFile != null) {
      return fromFile;
    }
    String fromEnv = env.get("DEBRIEF_" + key.replace('-', '_').toUpperCase(Locale.ROOT));
    return fromEnv != null ? fromEnv : option.defaultValue();
  }
}
