package uk.socguide.intents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A tiny training set written for the tests: no content module involved. */
final class TinyData {

  static final List<LexiconEntry> LEXICON =
      List.of(
          new LexiconEntry("fraud", "crime", List.of("fraud", "fraudster", "scam"), null),
          new LexiconEntry(
              "trafficking", "crime", List.of("trafficking", "human trafficking"), null),
          new LexiconEntry("cuckooing", "crime", List.of("cuckooing"), null),
          new LexiconEntry("nca", "agency", List.of("nca", "national crime agency"), null),
          new LexiconEntry(
              "soca", "agency", List.of("soca", "serious organised crime agency"), "nca"),
          new LexiconEntry("action-fraud", "agency", List.of("action fraud"), "report-fraud"),
          new LexiconEntry("police", "agency", List.of("police", "police scotland"), null),
          new LexiconEntry(
              "scotland", "nation", List.of("scotland", "scottish", "police scotland"), null),
          new LexiconEntry(
              "emergency", "urgency", List.of("emergency", "right now", "in danger"), null),
          new LexiconEntry("non-emergency", "urgency", List.of("non emergency"), null),
          new LexiconEntry("councillor", "audience", List.of("councillor", "cllr"), null));

  static final String OOS = "oos.other";

  private static final String[][] EXAMPLES = {
    {"report.fraud", "how do i report fraud"},
    {"report.fraud", "a resident was scammed online who do they tell"},
    {"report.fraud", "where do i report a scam"},
    {"report.fraud", "someone took money from my bank account by fraud"},
    {"report.fraud", "reporting fraud and scams"},
    {"report.fraud", "who takes reports of online fraud"},
    {"report.fraud", "i think a fraudster has tricked my neighbour"},
    {"report.fraud", "fraud reporting line"},
    {"report.trafficking", "how do i report human trafficking"},
    {"report.trafficking", "i think workers at the car wash are trafficked"},
    {"report.trafficking", "who do i tell about trafficking"},
    {"report.trafficking", "people held and forced to work in a house"},
    {"report.trafficking", "suspected trafficking victims at a nail bar"},
    {"report.trafficking", "reporting trafficking concerns"},
    {"report.trafficking", "where to report people being trafficked"},
    {"report.trafficking", "trafficking helpline"},
    {"role.nca", "what does the nca do"},
    {"role.nca", "what is the national crime agency"},
    {"role.nca", "who are the nca"},
    {"role.nca", "the national crime agency and its job"},
    {"role.nca", "what is the role of the nca"},
    {"role.nca", "explain the nca"},
    {"role.nca", "nca"},
    {"role.nca", "tell me about the national crime agency"},
    {"nca.soca", "what happened to soca"},
    {"nca.soca", "is soca still around"},
    {"nca.soca", "when was the serious organised crime agency abolished"},
    {"nca.soca", "soca"},
    {"nca.soca", "does soca still exist"},
    {"nca.soca", "what replaced soca"},
    {"nca.soca", "soca history"},
    {"nca.soca", "the old serious organised crime agency"},
    {"council.cuckooing", "what is cuckooing"},
    {"council.cuckooing", "a tenant's flat has been taken over by dealers"},
    {"council.cuckooing", "cuckooing and housing officers"},
    {"council.cuckooing", "gang using a vulnerable tenant's home"},
    {"council.cuckooing", "what can housing do about cuckooing"},
    {"council.cuckooing", "cuckooing signs"},
    {"council.cuckooing", "dealers have moved into a flat"},
    {"council.cuckooing", "my tenant's home is being used by a gang"},
    {"smalltalk.greeting", "hello"},
    {"smalltalk.greeting", "hi there"},
    {"smalltalk.greeting", "good morning"},
    {"smalltalk.greeting", "hiya"},
    {"smalltalk.greeting", "hey"},
    {"smalltalk.greeting", "hello bot"},
    {"smalltalk.greeting", "good afternoon"},
    {"smalltalk.greeting", "hi"},
    {OOS, "when are my bins collected"},
    {OOS, "how do i pay council tax"},
    {OOS, "parking permit renewal"},
    {OOS, "will it rain tomorrow"},
    {OOS, "who won the football"},
    {OOS, "tell me a joke"},
    {OOS, "library opening hours"},
    {OOS, "my boiler is broken"},
    {OOS, "pothole on my street"},
    {OOS, "planning application for an extension"},
  };

  static TrainingSet set() {
    List<TrainingExample> examples = new ArrayList<>();
    for (String[] e : EXAMPLES) {
      examples.add(new TrainingExample(e[0], e[1]));
    }
    return new TrainingSet(examples, LEXICON, Set.of(OOS));
  }

  private TinyData() {}
}
