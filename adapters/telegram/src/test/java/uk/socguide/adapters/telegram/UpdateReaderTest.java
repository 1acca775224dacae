package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.socguide.core.InboundMessage.Kind;

class UpdateReaderTest {

  private static final long CHAT = 5001;
  private static final long USER = 5001;
  private static final long GROUP = -1001234567890L;
  private static final long STRANGER = 6666;

  private final BotIdentity bot = new BotIdentity(FakeBotApi.BOT_ID);
  private final CallbackStore callbacks =
      new CallbackStore(100, Duration.ofHours(1), Clock.systemUTC());
  private final UpdateReader reader =
      new UpdateReader(bot, id -> !Set.of(STRANGER).contains(id), callbacks);

  @BeforeEach
  void knowOurName() {
    bot.username(FakeBotApi.BOT_USERNAME);
  }

  private Incoming read(String json) {
    return reader.read(Updates.parse(json));
  }

  private Job.Request request(String json) {
    return read(json).job().request();
  }

  @Test
  void privateTextIsAskedAsItWasTyped() {
    Job job = read(Updates.text(1, CHAT, USER, "who do I call about cuckooing?")).job();

    assertThat(job.request()).isEqualTo(new Job.Ask("who do I call about cuckooing?", Kind.TEXT));
    assertThat(job.target()).isEqualTo(new Job.Target(CHAT, false, null, null));
    assertThat(job.userId()).isEqualTo(USER);
  }

  @ParameterizedTest
  @CsvSource({
    "/help, #help",
    "/report, #menu:report",
    "/nca, #topic:role.nca",
    "/start report_fraud, #topic:report.fraud",
    "/help@SocGuideTestBot, #help",
    "/role councillor, #audience:councillor",
    "/role Frontline, #audience:frontline",
    "/unknown, #help"
  })
  void commandsBecomeExactActions(String command, String action) {
    assertThat(request(Updates.command(1, CHAT, USER, command)))
        .isEqualTo(new Job.Ask(action, Kind.TEXT));
  }

  @Test
  void startWelcomes() {
    assertThat(request(Updates.command(1, CHAT, USER, "/start")))
        .isEqualTo(new Job.Ask("", Kind.CONVERSATION_START));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/start Report.Fraud", "/start <script>", "/start " + "a"})
  void aDeepLinkThatIsNoTopicStillWelcomes(String command) {
    Job.Request r = request(Updates.command(1, CHAT, USER, command));

    assertThat(r)
        .isIn(new Job.Ask("", Kind.CONVERSATION_START), new Job.Ask("#topic:a", Kind.TEXT));
  }

  @Test
  void roleWithoutAChoiceOffersTheChoice() {
    assertThat(request(Updates.command(1, CHAT, USER, "/role"))).isEqualTo(new Job.RoleMenu());
  }

  @ParameterizedTest
  @ValueSource(strings = {"photo", "sticker", "voice", "document", "location"})
  void anythingButTextIsNonText(String fixture) {
    assertThat(request(Updates.of(fixture, 1, CHAT, USER)))
        .isEqualTo(new Job.Ask("", Kind.NON_TEXT));
  }

  @Test
  void anEditIsNotAnsweredAsANewQuestion() {
    assertThat(request(Updates.edited(1, CHAT, USER, "actually, what about fraud?")))
        .isEqualTo(new Job.Ask("", Kind.NON_TEXT));
  }

  @Test
  void inGroupsPlainChatterIsIgnored() {
    assertThat(read(Updates.groupText(1, GROUP, USER, "lunch at one?")))
        .isEqualTo(Incoming.NOTHING);
  }

  @Test
  void inGroupsAMentionIsAnsweredWithoutTheMention() {
    Job job =
        read(Updates.groupMention(
                1, GROUP, USER, "@SocGuideTestBot what is county lines?", "@SocGuideTestBot"))
            .job();

    assertThat(job.request()).isEqualTo(new Job.Ask("what is county lines?", Kind.TEXT));
    assertThat(job.target().group()).isTrue();
    assertThat(job.target().replyTo()).isNotNull();
  }

  @Test
  void inGroupsAMentionOfSomeoneElseIsIgnored() {
    assertThat(
            read(Updates.groupMention(1, GROUP, USER, "@someone_else see this", "@someone_else")))
        .isEqualTo(Incoming.NOTHING);
  }

  @Test
  void inGroupsARepliesToTheBotAreAnswered() {
    assertThat(read(Updates.groupReply(1, GROUP, USER, "and in Scotland?")).job().request())
        .isEqualTo(new Job.Ask("and in Scotland?", Kind.TEXT));
  }

  @Test
  void inGroupsCommandsForTheBotAreAnsweredAndOthersIgnored() {
    assertThat(read(Updates.groupCommand(1, GROUP, USER, "/help")).job().request())
        .isEqualTo(new Job.Ask("#help", Kind.TEXT));
    assertThat(read(Updates.groupCommand(1, GROUP, USER, "/help@OtherBot")))
        .isEqualTo(Incoming.NOTHING);
  }

  @Test
  void channelPostsAreIgnored() {
    assertThat(read(Updates.channelPost(1, -100777, "news"))).isEqualTo(Incoming.NOTHING);
  }

  @Test
  void strangersAreRefusedWhateverTheySend() {
    assertThat(request(Updates.text(1, STRANGER, STRANGER, "hello")))
        .isEqualTo(new Job.Refuse(true));
    assertThat(request(Updates.command(1, STRANGER, STRANGER, "/start report_fraud")))
        .isEqualTo(new Job.Refuse(true));
    assertThat(request(Updates.of("photo", 1, STRANGER, STRANGER))).isEqualTo(new Job.Refuse(true));
  }

  @Test
  void inGroupsStrangersAreRefusedOnlyWhenTheyAddressTheBot() {
    assertThat(read(Updates.groupText(1, GROUP, STRANGER, "hi all"))).isEqualTo(Incoming.NOTHING);
    assertThat(read(Updates.groupCommand(1, GROUP, STRANGER, "/help")).job().request())
        .isEqualTo(new Job.Refuse(false));
  }

  @Test
  void aButtonResolvesToItsActionAndIsAnswered() {
    String id = callbacks.put(CHAT, "#feedback:yes:report.fraud");

    Incoming in = read(Updates.callback(1, CHAT, USER, id));

    assertThat(in.callbackQueryId()).isEqualTo("4382bfdwdsb323b2d9");
    assertThat(in.callbackText()).isNull();
    assertThat(in.job().request()).isEqualTo(new Job.Ask("#feedback:yes:report.fraud", Kind.TEXT));
  }

  @Test
  void anExpiredOrForeignButtonIsAnsweredWithANoticeAndNothingElse() {
    String foreign = callbacks.put(CHAT + 1, "#help");

    Incoming in = read(Updates.callback(1, CHAT, USER, foreign));

    assertThat(in.callbackQueryId()).isNotNull();
    assertThat(in.callbackText()).isEqualTo(UpdateReader.EXPIRED_BUTTON);
    assertThat(in.job()).isNull();
  }

  @Test
  void aStrangersButtonIsAnsweredWithARefusalAndNothingElse() {
    String id = callbacks.put(STRANGER, "#help");

    Incoming in = read(Updates.callback(1, STRANGER, STRANGER, id));

    assertThat(in.callbackText()).isEqualTo(UpdateReader.NOT_ALLOWED);
    assertThat(in.job()).isNull();
  }

  @Test
  void untilTheBotKnowsItsNameGroupsReachItByReplyAndCommand() {
    BotIdentity nameless = new BotIdentity(FakeBotApi.BOT_ID);
    UpdateReader early = new UpdateReader(nameless, id -> true, callbacks);

    assertThat(
            early.read(
                Updates.parse(
                    Updates.groupMention(
                        1, GROUP, USER, "@SocGuideTestBot hi", "@SocGuideTestBot"))))
        .isEqualTo(Incoming.NOTHING);
    assertThat(early.read(Updates.parse(Updates.groupReply(1, GROUP, USER, "hi"))).job())
        .isNotNull();
  }
}
