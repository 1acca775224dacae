package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.content.AuditEntry;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.ItemRef;
import uk.socguide.content.testing.TestDatabases;

class AuditTest {
  private static final ItemRef FRAUD = ItemRef.topic("report.fraud");

  private final Database db = TestDatabases.withSampleContent();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyStepIsRecordedWithWhoWhatWhenAndBeforeAndAfter() {
    Edits.publish(db, Edits.title(Edits.live(db, "report.fraud"), "Fraud, new title"));

    List<AuditEntry> entries = db.audit().query(AuditQuery.all().object(FRAUD));

    assertThat(entries)
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditLog.PUBLISH, "bob"),
            org.assertj.core.groups.Tuple.tuple(AuditLog.APPROVE, "bob"),
            org.assertj.core.groups.Tuple.tuple(AuditLog.SUBMIT, "author"),
            org.assertj.core.groups.Tuple.tuple(AuditLog.SAVE, "alice"));
    AuditEntry save = entries.get(3);
    assertThat(save.before()).contains("\"title\":\"Reporting fraud and cyber crime\"");
    assertThat(save.after()).contains("\"title\":\"Fraud, new title\"");
    assertThat(save.note()).isEqualTo("test edit");
    assertThat(save.at()).isEqualTo(TestDatabases.CLOCK.instant());
    assertThat(entries.get(1).before()).contains("IN_REVIEW");
    assertThat(entries.get(1).after()).contains("APPROVED");
    assertThat(db.audit().query(AuditQuery.all().object("release", "2")))
        .singleElement()
        .satisfies(e -> assertThat(e.after()).contains("topic report.fraud"));
  }

  @Test
  void queriesFilterByActorActionAndTime() {
    Edits.publish(db, Edits.title(Edits.live(db, "report.fraud"), "One"));
    Edits.publish(db, Edits.title(Edits.live(db, "role.nca"), "Two"));

    assertThat(db.audit().query(AuditQuery.all().actor("alice")))
        .extracting(AuditEntry::objectId)
        .containsExactly("role.nca", "report.fraud");
    assertThat(db.audit().query(AuditQuery.all().action(AuditLog.PUBLISH).object("release", null)))
        .hasSize(2);
    Instant at = TestDatabases.CLOCK.instant();
    assertThat(db.audit().query(AuditQuery.all().between(at, at.plusSeconds(1)))).isNotEmpty();
    assertThat(db.audit().query(AuditQuery.all().between(at.plusSeconds(1), at.plusSeconds(2))))
        .isEmpty();
  }

  @Test
  void resultsPageNewestFirst() {
    Edits.publish(db, Edits.title(Edits.live(db, "report.fraud"), "One"));
    List<AuditEntry> all = db.audit().query(AuditQuery.all());
    List<AuditEntry> page1 = db.audit().query(AuditQuery.all().limit(3));
    List<AuditEntry> page2 =
        db.audit().query(AuditQuery.all().limit(3).olderThan(page1.get(2).id()));

    assertThat(page1).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(page2).containsExactlyElementsOf(all.subList(3, Math.min(6, all.size())));
  }

  @Test
  void otherModulesAppendTheirOwnEntries() {
    db.audit()
        .append("admin", "user.add", "user", "eve", null, "{\"role\":\"editor\"}", "new editor");
    assertThat(db.audit().query(AuditQuery.all().object("user", "eve")))
        .singleElement()
        .satisfies(e -> assertThat(e.after()).isEqualTo("{\"role\":\"editor\"}"));
  }

  @Test
  void aFailedChangeLeavesNoAuditEntry() {
    int before = db.audit().query(AuditQuery.all().limit(1000)).size();
    try {
      db.drafts().submit(FRAUD, 1, "alice");
    } catch (RuntimeException expected) {
      // nothing to submit
    }
    assertThat(db.audit().query(AuditQuery.all().limit(1000))).hasSize(before);
  }
}
