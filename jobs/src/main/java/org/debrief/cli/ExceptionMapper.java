package org.debrief.cli;

import java.io.PrintWriter;
import org.debrief.common.DebriefException;
import org.debrief.common.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The one place that turns exceptions into exit codes and messages. */
final class ExceptionMapper implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    DebriefException known = find(ex);
    if (known != null) {
      err.println("debrief: " + known.getMessage());
      err.flush();
      return known.exitCode().code();
    }
    err.println("debrief: failed: " + ex);
    ex.printStackTrace(err);
    err.println(
        "This is a failure Debrief did not expect; the stack trace above says where. Exit code 1.");
    err.flush();
    return ExitCode.FAILURE.code();
  }

  int handleParameterException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("debrief: " + ex.getMessage());
    err.println("Try `" + cmd.getCommandSpec().qualifiedName() + " --help`.");
    err.flush();
    return ExitCode.USAGE.code();
  }

  /** Spark wraps what a task threw; the user's problem is the innermost DebriefException. */
  private static DebriefException find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof DebriefException d) {
        return d;
      }
    }
    return null;
  }
}
