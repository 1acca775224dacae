package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.core.Actions;

class TeamsCommandsTest {

  @Test
  void manifestCommandsWithAnExactActionAreMapped() {
    assertThat(TeamsCommands.resolve("help")).isEqualTo(Actions.help());
    assertThat(TeamsCommands.resolve(" Report ")).isEqualTo(Actions.reportMenu());
    assertThat(TeamsCommands.resolve("/help")).isEqualTo(Actions.help());
  }

  @Test
  void otherTextPassesThroughUnchanged() {
    assertThat(TeamsCommands.resolve("NCA")).isEqualTo("NCA");
    assertThat(TeamsCommands.resolve("roles")).isEqualTo("roles");
    assertThat(TeamsCommands.resolve("help me report drug dealing"))
        .isEqualTo("help me report drug dealing");
  }
}
