package uk.socguide.app.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.content.AuditEntry;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.TestDatabases;

class UsersTest {
  private final Database db = TestDatabases.inMemory();
  private final Users users =
      new Users(new Sql(db.dataSource()), new Passwords(64, 1), db.audit(), TestDatabases.CLOCK);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anAddedUserSignsInWithTheirPasswordOnly() {
    users.add("Alice", Role.EDITOR, "correct horse battery", "admin");
    assertThat(users.checkPassword("alice", "correct horse battery"))
        .get()
        .extracting(User::name, User::role, User::enabled)
        .containsExactly("alice", Role.EDITOR, true);
    assertThat(users.checkPassword("ALICE ", "correct horse battery")).isPresent();
    assertThat(users.checkPassword("alice", "wrong horse battery")).isEmpty();
    assertThat(users.checkPassword("nobody", "correct horse battery")).isEmpty();
  }

  @Test
  void namesAreCheckedAndUnique() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    assertThatThrownBy(() -> users.add("alice", Role.ADMIN, "correct horse battery", "admin"))
        .hasMessage("there is already a user called alice");
    assertThatThrownBy(() -> users.add("<script>", Role.ADMIN, "correct horse battery", "admin"))
        .hasMessageContaining("a user name is 2 to 64 characters");
  }

  @Test
  void everyChangeIsAuditedWithoutPasswordOrHash() {
    users.add("alice", Role.EDITOR, "correct horse battery", "boss");
    users.setRole("alice", Role.APPROVER, "boss");
    users.setPassword("alice", "another long password", "boss");
    var entries = db.audit().query(AuditQuery.all().object("user", "alice"));
    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly("user-password", "user-role", "user-add");
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("boss");
              assertThat(String.valueOf(e.after()))
                  .doesNotContain("horse", "argon2", "password\":");
            });
    assertThat(entries.get(1).after()).contains("\"role\":\"approver\"");
  }

  @Test
  void fiveFailuresInARowLockTheAccountUntilEnabledAgain() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    for (int i = 0; i < Users.LOCK_AFTER - 1; i++) {
      users.recordFailure("alice");
    }
    assertThat(users.find("alice").get().lockedAt(TestDatabases.CLOCK.instant())).isFalse();
    users.recordFailure("alice");
    User locked = users.find("alice").get();
    assertThat(locked.lockedUntil())
        .isEqualTo(TestDatabases.CLOCK.instant().plus(Users.LOCK_DURATION));
    users.setEnabled("alice", true, "admin");
    assertThat(users.find("alice").get().lockedUntil()).isNull();
  }

  @Test
  void theLastEnabledAdminCannotBeDisabledOrDemoted() {
    users.add("root", Role.ADMIN, "correct horse battery", "command-line");
    assertThatThrownBy(() -> users.setEnabled("root", false, "root"))
        .hasMessageContaining("last enabled admin");
    assertThatThrownBy(() -> users.setRole("root", Role.EDITOR, "root"))
        .hasMessageContaining("last enabled admin");
    users.add("second", Role.ADMIN, "correct horse battery", "root");
    users.setEnabled("root", false, "second");
    assertThat(users.find("root").get().enabled()).isFalse();
  }
}
