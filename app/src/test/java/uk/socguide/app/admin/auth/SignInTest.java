package uk.socguide.app.admin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.app.admin.users.Passwords;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.Users;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.TestDatabases;

class SignInTest {
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-28T12:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final Database db = TestDatabases.inMemory(clock);
  private final Sql sql = new Sql(db.dataSource());
  private final Users users = new Users(sql, new Passwords(64, 1), db.audit(), clock);
  private final Sessions sessions = new Sessions(sql, clock, Duration.ofMinutes(30));
  private final SignIn signIn = new SignIn(users, sessions, new LoginThrottle(clock), clock);

  @AfterEach
  void close() {
    db.close();
  }

  private void later(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void theRightPasswordStartsASessionThatFindsTheUser() {
    users.add("alice", Role.APPROVER, "correct horse battery", "admin");
    SignIn.Outcome ok = signIn.attempt("Alice", "correct horse battery", "10.0.0.1");
    assertThat(ok.succeeded()).isTrue();
    Sessions.Session s = sessions.find(ok.started().id()).orElseThrow();
    assertThat(s.userName()).isEqualTo("alice");
    assertThat(s.role()).isEqualTo(Role.APPROVER);
    assertThat(s.idHash()).isNotEqualTo(ok.started().id()).hasSize(64);
    assertThat(users.find("alice").get().lastLoginAt()).isEqualTo(now.get());
  }

  @Test
  void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    SignIn.Outcome wrong = signIn.attempt("alice", "not the password", "10.0.0.2");
    SignIn.Outcome unknown = signIn.attempt("mallory", "not the password", "10.0.0.2");
    assertThat(wrong.succeeded()).isFalse();
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.refusal()).isEqualTo(wrong.refusal());
  }

  @Test
  void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockEnds() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    for (int i = 1; i < 5; i++) {
      assertThat(signIn.attempt("alice", "guess " + i, "10.0.0." + i).status()).isEqualTo(401);
    }
    SignIn.Outcome fifth = signIn.attempt("alice", "guess 5", "10.0.0.5");
    assertThat(fifth.status()).isEqualTo(429);
    assertThat(fifth.refusal()).contains("locked until 12:15 UTC");
    assertThat(signIn.attempt("alice", "correct horse battery", "10.0.0.6").succeeded()).isFalse();
    later(Duration.ofMinutes(16));
    assertThat(signIn.attempt("alice", "correct horse battery", "10.0.0.7").succeeded()).isTrue();
  }

  @Test
  void anUnknownNameLocksLikeARealOneSoLockoutsRevealNoNames() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    String realLock = null;
    String fakeLock = null;
    for (int i = 1; i <= 5; i++) {
      realLock = signIn.attempt("alice", "guess", "10.1.0." + i).refusal();
      fakeLock = signIn.attempt("mallory", "guess", "10.2.0." + i).refusal();
    }
    assertThat(fakeLock).isEqualTo(realLock).contains("locked");
  }

  @Test
  void anAddressThatFailsTwentyTimesInTenMinutesMustWait() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    for (int i = 0; i < 20; i++) {
      assertThat(signIn.attempt("user" + i, "guess", "10.9.9.9").status()).isEqualTo(401);
    }
    SignIn.Outcome refused = signIn.attempt("alice", "correct horse battery", "10.9.9.9");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.refusal()).contains("from your address");
    assertThat(signIn.attempt("alice", "correct horse battery", "10.9.9.8").succeeded()).isTrue();
    later(Duration.ofMinutes(11));
    assertThat(signIn.attempt("alice", "correct horse battery", "10.9.9.9").succeeded()).isTrue();
  }

  @Test
  void successfulSignInsFromOneAddressAreNotLimited() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    for (int i = 0; i < 50; i++) {
      assertThat(signIn.attempt("alice", "correct horse battery", "10.8.8.8").succeeded()).isTrue();
    }
  }

  @Test
  void aDisabledAccountCannotSignInAndItsSessionsEnd() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    users.add("root", Role.ADMIN, "correct horse battery", "admin");
    String id = signIn.attempt("alice", "correct horse battery", "10.3.0.1").started().id();
    users.setEnabled("alice", false, "root");
    assertThat(sessions.find(id)).isEmpty();
    SignIn.Outcome again = signIn.attempt("alice", "correct horse battery", "10.3.0.2");
    assertThat(again.status()).isEqualTo(403);
    assertThat(again.refusal()).contains("disabled");
  }

  @Test
  void aSessionEndsAfterItsIdleTimeAndAfterTwelveHoursWhateverHappens() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    String id = signIn.attempt("alice", "correct horse battery", "10.4.0.1").started().id();
    later(Duration.ofMinutes(29));
    assertThat(sessions.find(id)).isPresent();
    later(Duration.ofMinutes(29));
    assertThat(sessions.find(id)).isPresent();
    later(Duration.ofMinutes(31));
    assertThat(sessions.find(id)).isEmpty();

    String busy = signIn.attempt("alice", "correct horse battery", "10.4.0.2").started().id();
    for (int i = 0; i < 12 * 3; i++) {
      later(Duration.ofMinutes(20));
      sessions.find(busy);
    }
    assertThat(sessions.find(busy)).isEmpty();
  }

  @Test
  void flashMessagesAreReadOnce() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    Sessions.Started s = signIn.attempt("alice", "correct horse battery", "10.5.0.1").started();
    sessions.flash(s.session().idHash(), "Saved.");
    assertThat(sessions.takeFlash(s.session().idHash())).contains("Saved.");
    assertThat(sessions.takeFlash(s.session().idHash())).isEmpty();
  }

  @Test
  void apiTokensActAsTheirUserUntilRevokedExpiredOrTheUserIsDisabled() {
    users.add("alice", Role.EDITOR, "correct horse battery", "admin");
    users.add("root", Role.ADMIN, "correct horse battery", "admin");
    ApiTokens tokens = new ApiTokens(sql, db.audit(), clock);
    ApiTokens.Issued forever = tokens.issue("alice", "nightly export", null);
    ApiTokens.Issued brief = tokens.issue("alice", "one day", Duration.ofDays(1));
    assertThat(forever.secret()).startsWith("sgt_");
    assertThat(tokens.authenticate(forever.secret()))
        .get()
        .extracting(Principal::name, Principal::role, Principal::via, Principal::csrf)
        .containsExactly("alice", Role.EDITOR, Principal.Via.TOKEN, null);
    assertThat(tokens.authenticate("sgt_wrong")).isEmpty();
    later(Duration.ofDays(2));
    assertThat(tokens.authenticate(brief.secret())).isEmpty();
    assertThat(tokens.authenticate(forever.secret())).isPresent();
    users.setRole("alice", Role.APPROVER, "root");
    assertThat(tokens.authenticate(forever.secret()).get().role()).isEqualTo(Role.APPROVER);
    users.setEnabled("alice", false, "root");
    assertThat(tokens.authenticate(forever.secret())).isEmpty();
    users.setEnabled("alice", true, "root");
    Principal alice = tokens.authenticate(forever.secret()).orElseThrow();
    tokens.revoke(forever.token().id(), alice);
    assertThat(tokens.authenticate(forever.secret())).isEmpty();
  }
}
