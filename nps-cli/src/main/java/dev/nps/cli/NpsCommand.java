package dev.nps.cli;

import dev.nps.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code nps} command; its work is done by subcommands such as {@code report}. */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    version = "nps 0.1.0-SNAPSHOT",
    description = "Net Promoter Score and CSAT reports from survey exports.",
    subcommands = {ReportCommand.class, HelpCommand.class})
final class NpsCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
