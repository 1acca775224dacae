package uk.socguide.core.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.Category;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;

/** The fifteen topics of {@link SampleContent}. */
final class SampleTopics {
  private static final LocalDate REVIEW_BY = LocalDate.of(2027, 11, 28);
  private static final Source BRIEFING_PARA_2 =
      source("Serious and Organised Crime (LGA Councillors' Forum briefing)", "para 2", "");
  private static final Source NCA_SITE =
      source("National Crime Agency", "", "https://www.nationalcrimeagency.gov.uk");

  private SampleTopics() {}

  /** Not in the sample release itself: see {@link SampleContent#withReportOverview()}. */
  static Topic reportOverview() {
    return topic(
        "report.overview",
        "Which reporting route to use",
        Category.REPORTING,
        List.of("report.emergency", "report.non-emergency", "report.anonymous"),
        List.of(
            answer(
                "If someone is in danger or a crime is happening now, call 999. Otherwise:\n\n"
                    + "- Not urgent: the police on 101.\n"
                    + "- To stay anonymous: {route:crimestoppers.name}.\n"
                    + "- Fraud: {route:report-fraud.name}.")),
        List.of(source("Crimestoppers", "", "https://crimestoppers-uk.org")),
        "which number do i use to report organised crime",
        "reporting routes for organised crime",
        "so many helplines, which one is for what",
        "list of places you can report crime to",
        "how do i report organised crime",
        "quick guide to reporting routes",
        "which agency do i go to about a crime gang",
        "different ways to report crime explained",
        "best way to report suspected organised criminality",
        "what are my options for passing on information",
        "where should organised crime be reported",
        "overview of reporting options");
  }

  static List<Topic> all() {
    return List.of(
        topic(
            "report.emergency",
            "Emergencies: call 999",
            Category.REPORTING,
            List.of("report.non-emergency", "report.anonymous"),
            List.of(
                answer(
                    "If someone is in immediate danger or a crime is happening now, call 999"
                        + " straight away.\n\n- {route:emergency-999}")),
            List.of(source("Police emergency (999)", "", "")),
            "what number do i call in an emergency",
            "when should i ring 999",
            "when is it right to call 999",
            "what is 999 for",
            "is it ok to dial 999 for a crime in progress",
            "emergency number for the police",
            "how do i report a crime in progress",
            "what do i do if someone is in immediate danger",
            "should i call 999 or 101",
            "can i text 999",
            "999 textphone for deaf people",
            "how to contact police in an emergency"),
        topic(
            "report.non-emergency",
            "Reporting to the police when it is not an emergency",
            Category.REPORTING,
            List.of("report.anonymous", "report.emergency"),
            List.of(
                answer(
                    "If it is not an emergency, report it to your local police on 101.\n\n"
                        + "- {route:police-101}"),
                answer(
                    Jurisdiction.SCOTLAND,
                    "In Scotland, report it to Police Scotland on" + " {route:police-101.phone}.")),
            List.of(source("Police non-emergency (101)", "", "")),
            "how do i report a crime that is not an emergency",
            "non emergency police number",
            "what is 101 for",
            "report something to the police that already happened",
            "how do i tell the police about drug dealing on my estate",
            "who do i ring about suspicious activity that isnt urgent",
            "101 or 999 for a break in last week",
            "report a crime to local police",
            "reporting drug dealing to the police",
            "contact the police about a non urgent crime",
            "where do i report county lines activity",
            "police number for things that are not emergencies"),
        topic(
            "report.fraud",
            "Reporting fraud and cyber crime",
            Category.REPORTING,
            List.of("report.anonymous", "role.nca"),
            List.of(
                answer(
                    "Report fraud and cyber crime to {route:report-fraud}. It replaced Action"
                        + " Fraud on 4 December 2025 and kept the same phone number."),
                answer(
                    Jurisdiction.SCOTLAND,
                    "In Scotland, report fraud and cyber crime to Police Scotland on"
                        + " {route:police-101.phone}.")),
            List.of(source("Report Fraud", "", "https://www.reportfraud.police.uk")),
            "how do i report fraud",
            "where do i report a scam",
            "someone scammed a resident online who do they tell",
            "reporting cyber crime",
            "action fraud number",
            "is action fraud still a thing",
            "a business in my ward is running an investment fraud",
            "report online fraud",
            "phishing email reporting",
            "who takes reports of fraud",
            "how to report a fraud against the council",
            "where does cyber crime get reported",
            "report fraud phone number"),
        topic(
            "report.anonymous",
            "Reporting anonymously",
            Category.REPORTING,
            List.of("report.non-emergency"),
            List.of(
                answer(
                    "To pass on information without giving your name, contact"
                        + " {route:crimestoppers}. It is an independent charity.")),
            List.of(source("Crimestoppers", "", "https://crimestoppers-uk.org")),
            "can i report a crime anonymously",
            "how do i tip off the police without giving my name",
            "crimestoppers number",
            "report without anyone knowing it was me",
            "anonymous reporting of drug dealers",
            "is crimestoppers anonymous",
            "a resident is scared to give her name, how can she report",
            "tell someone about a crime gang secretly",
            "anonymous tip line",
            "can i stay anonymous if i report organised crime",
            "how do i contact crimestoppers",
            "report information anonymously"),
        topic(
            "report.modern-slavery",
            "Reporting modern slavery and trafficking",
            Category.REPORTING,
            List.of("report.emergency"),
            List.of(
                answer(
                    "If someone is in immediate danger, call 999. Otherwise contact the"
                        + " {route:modern-slavery-helpline}. You can also report online.")),
            List.of(
                source(
                    "Modern Slavery & Exploitation Helpline",
                    "",
                    "https://www.modernslaveryhelpline.org")),
            "how do i report modern slavery",
            "i think the car wash workers are being exploited",
            "modern slavery helpline number",
            "report human trafficking",
            "nail bar staff seem to be controlled by someone",
            "where to report forced labour",
            "workers living at the factory and not paid",
            "suspected trafficking victims in a house",
            "report labour exploitation",
            "who runs the modern slavery helpline",
            "reporting slavery concerns",
            "traffiking report uk"),
        topic(
            "report.child-exploitation",
            "Reporting child exploitation and abuse",
            Category.REPORTING,
            List.of("report.emergency"),
            List.of(
                answer(
                    "If a child is in immediate danger, call 999.\n\n"
                        + "- Any concern that a child is being exploited or harmed: tell"
                        + " {route:council-safeguarding.name}.\n"
                        + "- Online sexual abuse or grooming: report to"
                        + " {route:ceop-safety-centre}.")),
            List.of(
                source(
                    "CEOP Safety Centre (National Crime Agency)",
                    "",
                    "https://www.ceop.police.uk/safety-centre/")),
            "how do i report child exploitation",
            "i am worried a child is being groomed online",
            "who do i tell about child sexual exploitation",
            "report online grooming",
            "ceop report",
            "a teenager is being used to run drugs",
            "concerns about a child being exploited by a gang",
            "where do i report child abuse",
            "safeguarding concern about a young person",
            "reporting grooming of children",
            "child at risk of exploitation what do i do",
            "report a child being abused"),
        topic(
            "role.nca",
            "The National Crime Agency",
            Category.ROLES,
            List.of("nca.when-launched", "report.fraud"),
            List.of(
                answer(
                    "The National Crime Agency (NCA) leads the UK's fight against serious and"
                        + " organised crime. Its work covers organised crime, border policing,"
                        + " economic crime and child protection, through CEOP."),
                answer(
                    Audience.COUNCILLOR,
                    "The National Crime Agency (NCA) leads the national response to serious and"
                        + " organised crime. For councillors: it works with local police and"
                        + " partners, so ask how your council links in."),
                answer(
                    Audience.FRONTLINE,
                    "The National Crime Agency (NCA) tackles serious and organised crime"
                        + " nationally. For frontline staff: report what you see through your"
                        + " usual routes; the NCA does not take reports from the public on"
                        + " everyday crime.")),
            List.of(NCA_SITE),
            "what does the nca do",
            "what is the national crime agency",
            "nca role",
            "tell me about the nca",
            "who are the national crime agency",
            "what is the nca responsible for",
            "national crime agency purpose",
            "does the nca deal with organised crime",
            "what are the nca commands",
            "nca explained",
            "who leads on serious organised crime nationally",
            "is the nca like the fbi"),
        topic(
            "nca.when-launched",
            "When the National Crime Agency started",
            Category.NCA_TRANSITION,
            List.of("role.nca"),
            List.of(
                answer(
                    "The NCA became operational on 7 October 2013, replacing the Serious"
                        + " Organised Crime Agency (SOCA). The Crime and Courts Act 2013"
                        + " established it.")),
            List.of(
                source(
                    "Crime and Courts Act 2013",
                    "Part 1",
                    "https://www.legislation.gov.uk/ukpga/2013/22")),
            "when did the nca start",
            "when was the national crime agency set up",
            "what year did the nca launch",
            "what replaced soca",
            "when did soca end",
            "nca launch date",
            "when did the nca become operational",
            "how long has the nca existed",
            "which law created the nca",
            "when was soca replaced by the nca",
            "date the national crime agency began",
            "start date of the nca"),
        topic(
            "strategy.four-ps",
            "The four Ps: Pursue, Prevent, Protect, Prepare",
            Category.STRATEGY,
            List.of("role.nca"),
            List.of(
                answer(
                    "The Serious and Organised Crime Strategy (October 2013) works through four"
                        + " strands:\n\n- **Pursue**\n- **Prevent**\n- **Protect**\n"
                        + "- **Prepare**")),
            List.of(
                source(
                    "Serious and Organised Crime Strategy",
                    "Cm 8715",
                    "https://www.gov.uk/government/publications/serious-and-organised-crime-strategy")),
            "what are the four ps",
            "pursue prevent protect prepare",
            "explain the 4 ps of the strategy",
            "what does pursue mean in the strategy",
            "the four strands of the organised crime strategy",
            "what is prevent in the soc strategy",
            "4ps",
            "strategy strands explained",
            "what is the protect strand",
            "prepare strand meaning",
            "how is the strategy structured",
            "four p framework"),
        topic(
            "facts.scale",
            "How big organised crime is",
            Category.FACTS,
            List.of("role.nca"),
            List.of(
                answer(
                    "A 2012 LGA briefing estimated that organised crime cost the UK £20 billion"
                        + " to £40 billion a year, with about 38,000 people in about 6,000"
                        + " groups.")),
            List.of(BRIEFING_PARA_2),
            "how much does organised crime cost",
            "how many organised crime groups are there",
            "scale of organised crime in the uk",
            "how many people are involved in organised crime",
            "cost of serious organised crime to the country",
            "organised crime statistics",
            "how big a problem is organised crime",
            "number of crime gangs in britain",
            "what is the economic cost of organised crime",
            "figures on organised crime",
            "how widespread is organised crime",
            "size of the organised crime problem"),
        topic(
            "council.councillors-role",
            "What councillors can do",
            Category.COUNCIL_ACTION,
            List.of("report.non-emergency", "role.nca"),
            List.of(
                answer(
                    "Councils work with the police and partners against organised crime through"
                        + " Community Safety Partnerships, licensing and safeguarding."),
                answer(
                    Audience.COUNCILLOR,
                    "As a councillor you can ask how your council's licensing, trading standards"
                        + " and safeguarding teams spot organised crime, and scrutinise the"
                        + " Community Safety Partnership."),
                answer(
                    Audience.FRONTLINE,
                    "As a member of staff, follow your council's procedures and tell your"
                        + " manager or safeguarding lead what you see.")),
            List.of(
                source(
                    "Crime and Disorder Act 1998",
                    "",
                    "https://www.legislation.gov.uk/ukpga/1998/37")),
            "what can councillors do about organised crime",
            "what is my role as a councillor on serious crime",
            "how can the council tackle organised crime",
            "what can a local authority do about gangs",
            "council powers against organised criminals",
            "what should my ward councillor be doing",
            "can the council help fight crime gangs",
            "councils role in tackling serious organised crime",
            "community safety partnership organised crime",
            "what levers do councils have",
            "how do councils use licensing against organised crime",
            "what can elected members do"),
        smallTalk(
            "smalltalk.greeting",
            "Hello",
            List.of("smalltalk.help"),
            "Hello. Ask me about serious and organised crime: who does what, and where to report"
                + " it.",
            "hello",
            "hi",
            "hiya",
            "good morning",
            "hey there",
            "good afternoon",
            "hello bot",
            "hi there",
            "morning",
            "hey"),
        smallTalk(
            "smalltalk.thanks",
            "Thanks",
            List.of(),
            "You're welcome.",
            "thanks",
            "thank you",
            "cheers",
            "thanks a lot",
            "that's helpful thanks",
            "ta",
            "many thanks",
            "thank you very much",
            "great thanks",
            "brilliant cheers"),
        smallTalk(
            "smalltalk.help",
            "What I can help with",
            List.of(),
            "I answer questions about serious and organised crime for councils: who does what,"
                + " where to report it, the NCA and the strategy.",
            "what can you do",
            "help",
            "what can i ask you",
            "how does this work",
            "what do you know about",
            "what are you for",
            "what topics do you cover",
            "what can you help me with",
            "how do i use this",
            "what questions can you answer"),
        smallTalk(
            "smalltalk.goodbye",
            "Goodbye",
            List.of(),
            "Goodbye. Come back whenever you have a question about organised crime.",
            "bye",
            "goodbye",
            "see you later",
            "that's all for now",
            "cheerio",
            "bye for now",
            "i'm done, bye",
            "speak soon",
            "ok bye",
            "talk later"),
        smallTalk(
            "smalltalk.identity",
            "Who I am",
            List.of("smalltalk.help"),
            "I'm SOC Guide, an automated assistant. I give general guidance from published sources;"
                + " I can't take reports or give legal advice.",
            "who are you",
            "are you a real person",
            "am i talking to a bot",
            "what are your limits",
            "what can't you do",
            "are you human",
            "who made you",
            "can i report a crime to you",
            "is this a real person",
            "are you an ai"),
        topic(
            "oos.council-services",
            "Other council services",
            Category.OUT_OF_SCOPE,
            List.of(),
            List.of(
                answer(
                    "I can't help with other council services such as bins, council tax or"
                        + " parking: your council's website has those.")),
            List.of(),
            "when are my bins collected",
            "how do i pay my council tax",
            "parking permit application",
            "my bin wasn't emptied",
            "council tax band",
            "how do i appeal a parking fine",
            "what's the weather tomorrow",
            "who won the football",
            "tell me a joke",
            "library opening hours",
            "report a pothole",
            "book a recycling collection",
            "planning application status",
            "school admissions"));
  }

  private static Topic topic(
      String id,
      String title,
      Category category,
      List<String> related,
      List<Answer> answers,
      List<Source> sources,
      String... examples) {
    return new Topic(
        id,
        title,
        category,
        Arrays.asList(examples),
        related,
        answers,
        sources,
        "community-safety",
        SampleContent.REVIEWED,
        REVIEW_BY,
        TopicStatus.PUBLISHED,
        1);
  }

  private static Topic smallTalk(
      String id, String title, List<String> related, String text, String... examples) {
    return topic(
        id, title, Category.SMALL_TALK, related, List.of(answer(text)), List.of(), examples);
  }

  static Answer answer(String markup) {
    return new Answer(Audience.DEFAULT, null, markup);
  }

  static Answer answer(Audience audience, String markup) {
    return new Answer(audience, null, markup);
  }

  static Answer answer(Jurisdiction jurisdiction, String markup) {
    return new Answer(Audience.DEFAULT, jurisdiction, markup);
  }

  static Source source(String title, String locator, String url) {
    return new Source(title, locator, url, "", "");
  }
}
