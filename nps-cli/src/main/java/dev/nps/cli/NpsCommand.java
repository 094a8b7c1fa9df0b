package dev.nps.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code nps} command; its work is done by {@code report} and {@code merge}. */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Net Promoter Score and CSAT reports from survey exports.",
    subcommands = {ReportCommand.class, MergeCommand.class, HelpCommand.class})
final class NpsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final InputStream stdin;

  NpsCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Standard input, which a FILE of {@code -} reads. */
  InputStream stdin() {
    return stdin;
  }

  /** Without a subcommand there is nothing to do: say how to use it, and fail as bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
