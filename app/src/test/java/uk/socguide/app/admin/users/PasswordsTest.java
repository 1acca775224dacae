package uk.socguide.app.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  private final Passwords cheap = new Passwords(64, 1);

  @Test
  void aHashIsArgon2idInThePhcFormatAndVerifiesOnlyItsPassword() {
    String hash = cheap.hash("correct horse battery staple");
    assertThat(hash).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    assertThat(cheap.verify("correct horse battery staple", hash)).isTrue();
    assertThat(cheap.verify("correct horse battery stapler", hash)).isFalse();
    assertThat(cheap.verify("", hash)).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    assertThat(cheap.hash("correct horse battery staple"))
        .isNotEqualTo(cheap.hash("correct horse battery staple"));
  }

  @Test
  void aHashRecordsItsCostSoAnotherCostStillVerifiesIt() {
    String hash = new Passwords(128, 2).hash("correct horse battery staple");
    assertThat(cheap.verify("correct horse battery staple", hash)).isTrue();
  }

  @Test
  void theDefaultCostIsOwaspsMinimumForArgon2id() {
    assertThat(new Passwords().hash("correct horse battery staple"))
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
  }

  @Test
  void malformedOrAbsurdHashesNeverVerify() {
    assertThat(cheap.verify("x", null)).isFalse();
    assertThat(cheap.verify("x", "plain text")).isFalse();
    assertThat(cheap.verify("x", "$argon2id$v=19$m=9999999,t=1,p=1$c2FsdHNhbHQ$aGFzaA")).isFalse();
  }

  @Test
  void newPasswordsAreAtLeastTwelveCharactersAndNotTheName() {
    assertThatThrownBy(() -> Passwords.checkNew("alice", "short"))
        .hasMessageContaining("at least 12");
    assertThatThrownBy(() -> Passwords.checkNew("alice.smith1", "Alice.Smith1"))
        .hasMessageContaining("not be the user's name");
    assertThatThrownBy(() -> Passwords.checkNew("alice", "x".repeat(257)))
        .hasMessageContaining("at most 256");
    Passwords.checkNew("alice", "twelve chars");
  }
}
