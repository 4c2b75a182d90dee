package org.debrief.cli;

import org.debrief.common.BuildInfo;
import org.debrief.common.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
      EvaluateCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  ok",
      "  1  failure (a bug or an environment problem; see the log)",
      "  2  usage, configuration or unreadable input (the message names the file and the fix)",
      "",
      "Examples:",
      "  debrief run --input data-samples --output out",
      "  debrief ingest --input exports/ --input extra.csv --output out"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code, for tests and for {@link #main}. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
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

  static int usageExitCode() {
    return ExitCode.USAGE.code();
  }
}
