package org.debrief.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.debrief.common.BuildInfo;
import org.debrief.common.DebriefException;
import org.debrief.common.SparkLaunch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code debrief} command line: one sub-command per stage, and {@code run} for them all. */
@Command(
    name = "debrief",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Mines job-interview reviews for the feedback candidates never get.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      AnnotateCommand.class,
      ExtractCommand.class,
      SummarizeCommand.class,
      ReportCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  ok",
      "  1  failure (a bug or an environment problem; see the log)",
      "  2  usage, configuration or unreadable input (the message names the file and the fix)",
      "  3  a data-quality threshold was breached (--max-quarantine-rate); nothing published",
      "  4  another run holds the output folder's lock, or this run lost it; nothing published",
      "",
      "Examples:",
      "  debrief run --input data-samples --output out",
      "  debrief ingest --input exports/*.csv extra.json --output out"
    })
public final class Main implements Runnable {
  private static final String LOG_CONFIGURATION = "log4j2.configurationFile";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "A properties file of option defaults (e.g. keep=7); flags win over it, and it wins over"
              + " DEBRIEF_* environment variables (e.g. DEBRIEF_KEEP=7).")
  Path config;

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      scope = ScopeType.INHERIT,
      defaultValue = "text",
      description =
          "text (default) or json: JSON lines on stderr, for log collectors. Under spark-submit"
              + " the cluster's log4j2 configuration decides.")
  String logFormat;

  public static void main(String[] args) {
    // Logging is configured before Spark or anything else creates a logger.
    String format = valueOf(args, "--log-format", System.getenv("DEBRIEF_LOG_FORMAT"));
    SparkLaunch launch = SparkLaunch.current();
    logConfiguration(launch, format, System.getProperty(LOG_CONFIGURATION))
        .ifPresent(file -> System.setProperty(LOG_CONFIGURATION, file));
    if (launch == SparkLaunch.SUBMITTED && "json".equals(format)) {
      System.err.println(
          "debrief: under spark-submit the cluster's log4j2 configuration decides the log format;"
              + " for JSON lines give the driver your own with --driver-java-options"
              + " -Dlog4j2.configurationFile=FILE");
    }
    System.exit(execute(args));
  }

  /**
   * Debrief's own log4j2 configuration for {@code format}, for a Spark it embeds; none under
   * spark-submit, whose cluster configures its logging, nor when the JVM was given one.
   */
  static Optional<String> logConfiguration(SparkLaunch launch, String format, String given) {
    if (launch == SparkLaunch.SUBMITTED || given != null) {
      return Optional.empty();
    }
    return Optional.of("json".equals(format) ? "log4j2-json.properties" : "log4j2.properties");
  }

  /** Runs the command line and returns the exit code, for tests and for {@link #main}. */
  public static int execute(String... args) {
    return execute(System.getenv(), args);
  }

  static int execute(Map<String, String> env, String... args) {
    CommandLine cli = new CommandLine(new Main());
    String config = valueOf(args, "--config", env.get("DEBRIEF_CONFIG"));
    try {
      cli.setDefaultValueProvider(
          ConfigDefaults.load(config == null ? null : Path.of(config), env));
    } catch (DebriefException e) {
      cli.getErr().println("debrief: " + e.getMessage());
      cli.getErr().flush();
      return e.exitCode().code();
    }
    cli.setExecutionExceptionHandler(new ExceptionMapper());
    cli.setParameterExceptionHandler(new ExceptionMapper()::handleParameterException);
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, e.g. `debrief run`");
  }

  /**
   * The value of {@code --name VALUE} or {@code --name=VALUE} in {@code args}, else {@code
   * fallback}.
   */
  static String valueOf(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith(name + "=")) {
        return args[i].substring(name.length() + 1);
      }
    }
    return fallback;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "debrief " + BuildInfo.debrief(),
        "built against Spark "
            + BuildInfo.sparkBuiltAgainst()
            + ", Stanford CoreNLP "
            + BuildInfo.corenlp()
      };
    }
  }
}
