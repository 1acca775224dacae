package uk.socguide.app.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.socguide.adapters.teams.TeamsAppPackage;
import uk.socguide.adapters.teams.TeamsPackageSettings;
import uk.socguide.adapters.teams.TeamsSettingsException;
import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;
import uk.socguide.app.config.ConfigException;

/** {@code ./bot teams package OUT.zip}: the Teams app package, from the Teams settings. */
final class TeamsPackageCommand implements Command {

  @Override
  public String name() {
    return "teams package";
  }

  @Override
  public String usage() {
    return "teams package OUT.zip";
  }

  @Override
  public String summary() {
    return "build the Microsoft Teams app package (manifest and icons) from the Teams settings";
  }

  @Override
  public int run(Invocation invocation) throws IOException {
    var args = invocation.positional();
    if (args.size() != 1 || !args.get(0).endsWith(".zip")) {
      throw new UsageException("teams package needs the .zip file to write");
    }
    TeamsPackageSettings settings;
    try {
      settings = TeamsPackageSettings.from(name -> invocation.settings().value(name).orElse(null));
    } catch (TeamsSettingsException e) {
      throw new ConfigException(
          "bad setting " + e.getMessage() + " (set it in the environment or the settings file)");
    }
    Path zip = invocation.workingDir().resolve(args.get(0)).normalize();
    if (zip.getParent() != null) {
      Files.createDirectories(zip.getParent());
    }
    TeamsAppPackage.write(settings, zip);
    invocation.out().println("Wrote the Teams app package to " + zip);
    return ExitCodes.OK;
  }
}
