package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyDetectorTest {
  private final SafetyDetector detector = new SafetyDetector();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "he's got a knife",
        "hes got a knif",
        "HE HAS A GUN",
        "there's a man with a machete outside",
        "someone is waving a kinfe around in the shop",
        "they're breaking in right now",
        "theyre braking in rite now",
        "someone is breaking into my neighbours house",
        "a child is being hurt",
        "a chlid is bein hurt",
        "i think she's in danger",
        "i think shes in dager",
        "my neighbour is in immediate danger",
        "he is hitting her",
        "they're beating someone up in the street",
        "he said he would kill her",
        "he's threatening to stab me",
        "i've just been stabbed",
        "someone has been shot",
        "my daughter is being groomed by older men",
        "a 14 year old is being exploited by a gang",
        "the kids next door are home alone and scared",
        "there's a girl missing from the care home",
        "a woman is being held against her will",
        "people are being held captive in the car wash",
        "emergency",
        "HELP HELP",
        "please help me now",
        "this is an emergency",
        "there's a robbery happening now",
        "they are selling drugs outside right now",
        "i don't feel safe",
        "she is not safe at home",
        "what should i do, he's got a gun",
        "how do i get help, someone is breaking in",
        "someone just got stabbed",
        "there's a big fight outside the pub",
        "someone is following me",
        "they're holding me against my will",
        "i'm scared for my life",
        "drug dealers are threatening my tenant",
        "my neighbour is being beaten up",
        "he threatened to kill me",
        "EMERGANCY",
        "a young girl is being taken into a car by older men",
        "i'm not sure but i think he has a knife",
      })
  void dangerNowIsAnEmergency(String text) {
    assertThat(detector.isEmergency(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what number do I call in an emergency",
        "when should i ring 999",
        "what is 999 for",
        "is it an emergency if someone is selling drugs",
        "how do i report a crime in progress",
        "what does the NCA do about child exploitation",
        "how do councils tackle knife crime",
        "what is child sexual exploitation",
        "it's not an emergency, i want to report fraud",
        "no one is in danger but i want to report drug dealing",
        "nobody is being hurt",
        "he hasn't got a knife",
        "what is happening now with the strategy",
        "who is dealing with fraud now that action fraud has gone",
        "the meeting is being held on tuesday",
        "the report is attached",
        "he was sitting outside the shop",
        "they were shouting at each other",
        "i will report it tomorrow",
        "kids missing school",
        "how many people are in organised crime groups",
        "he left in anger",
        "help",
        "help me",
        "the council is following the strategy",
        "what should councils do about fights in the town centre",
        "is knife crime getting worse",
        "",
        "   ",
      })
  void questionsAboutRoutesAndGeneralTopicsAreNot(String text) {
    assertThat(detector.isEmergency(text)).as(text).isFalse();
  }

  @Test
  void oneEditIsToleratedInEitherDirection() {
    assertThat(Spelling.withinOneEdit("dager", "danger")).isTrue();
    assertThat(Spelling.withinOneEdit("dnager", "danger")).isTrue();
    assertThat(Spelling.withinOneEdit("dangerr", "danger")).isTrue();
    assertThat(Spelling.withinOneEdit("dunger", "danger")).isTrue();
    assertThat(Spelling.withinOneEdit("dngr", "danger")).isFalse();
    assertThat(Spelling.withinOneEdit("ndager", "danger")).isFalse();
  }
}
