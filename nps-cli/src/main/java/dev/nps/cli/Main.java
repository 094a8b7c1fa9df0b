package dev.nps.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of the {@code nps} command.
 *
 * <p>Exit codes: 0 on success; 2 for bad input or bad usage (a missing file, a malformed row in
 * strict mode, a bound exceeded, an unknown option, no arguments); 3 when a report was written
 * but no row could be used; 1 for an unexpected failure.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command-line arguments, such as {@code report responses.csv --by region}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, new PrintWriter(System.out, true),
        new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command without exiting, writing to the given streams and reading standard input
   * from {@link System#in}.
   *
   * @param args the command-line arguments
   * @param out where reports go
   * @param err where diagnostics, progress and errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command without exiting.
   *
   * @param args the command-line arguments
   * @param in what a FILE of {@code -} reads
   * @param out where reports go
   * @param err where diagnostics, progress and errors go
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new NpsCommand(in));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      // Arguments can carry control characters too; the message is escaped like any other.
      err.println("nps: " + Text.escape(exception.getMessage()));
      CommandLine failed = exception.getCommandLine();
      err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more"
          + " information.");
      return 2;
    });
    commandLine.setExecutionExceptionHandler((exception, command, parsed) -> {
      err.println("nps: unexpected failure: " + exception.getClass().getName() + ": "
          + Text.escape(String.valueOf(exception.getMessage())));
      return 1;
    });
    int exitCode = commandLine.execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }
}
