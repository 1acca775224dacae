package uk.socguide.intents;

import java.util.List;

/**
 * Senses: groups of everyday words and phrases people use for the same idea when they ask about
 * organised crime ("set up", "launched", "began" all ask when something started). A sense found in
 * a question adds a {@code ~sense} term, so questions worded differently from every example still
 * share evidence with them. General language, not domain facts: the domain's own concepts are the
 * content lexicon's job. Words already inside a lexicon concept are not read again here ("home" in
 * "Home Office" is not a home).
 */
final class Senses {

  static final String MARK = "~";

  /**
   * Senses that only count near the start or the end of a question, where people greet, thank and
   * say goodbye: "hi" in "men in hi vis taking metal" is not a greeting.
   */
  static final java.util.Set<String> AT_THE_EDGES = java.util.Set.of("greeting", "thanks", "bye");

  /** Senses of small talk with the assistant itself, as opposed to talk about a subject. */
  static final java.util.Set<String> SMALL_TALK =
      java.util.Set.of("greeting", "thanks", "bye", "help", "bot");

  /** How many words from either end a sense in {@link #AT_THE_EDGES} may start or finish. */
  static final int EDGE = 1;

  /** Each sense with its words and phrases, comma-separated. */
  static final List<LexiconEntry> ALL =
      List.of(
          sense(
              "fear",
              "scared, afraid, frightened, terrified, fearful, fear, too scared, petrified, nervous, reprisals, retaliation, revenge"),
          sense(
              "control",
              "controlled, controlling, control, coerced, coercion, forced, forced to, made to, not allowed, never allowed, not free to leave, cannot leave, against their will, against her will, against his will, keeps their passport, keeps his passport, keeps her passport, took their passports, no passport, not paid, never paid, unpaid, no wages, owes them money, in debt to"),
          sense(
              "money",
              "money, cash, bag of cash, large sums, large amounts, funds, payment, payments, paid, pay, transactions, bank account, bank accounts, wealth, assets, profits, proceeds"),
          sense(
              "theft",
              "theft, thefts, stolen, stealing, steal, stole, thief, thieves, nicked, robbed, robbery, burglary, pickpocket, pickpockets, shoplifting"),
          sense(
              "greeting",
              "hello, hi, hiya, hey, heya, hey there, hi there, hello there, howdy, hullo, yo, hey up, ey up, bout ye, greetings, alright, good morning, good afternoon, good evening, good day, morning all, evening all, how are you, how are things, how is it going, how are you doing"),
          sense(
              "thanks",
              "thanks, thank you, thank, thankyou, thanks a lot, many thanks, cheers, ta, much appreciated, appreciate it, appreciated, grateful, brilliant, great, very helpful, really helpful, that is helpful, very useful, really useful, that is useful, perfect, lovely thanks, nice one, that helps, that helped"),
          sense(
              "bye",
              "bye, goodbye, good bye, bye bye, byee, see you, see ya, cya, see you later, catch you later, talk later, laters, speak soon, talk soon, ttyl, cheerio, ta ra, tara, ciao, that is all, that is everything, nothing else, all done, i am done, done for today, finished, end chat, quit, exit, log off, sign off, signing off, good night, goodnight, night night"),
          sense(
              "help",
              "help, help me, can you help, what can you do, what you can do, what can you not do, what you cannot do, what do you do, what can i ask, what should i ask, what to ask, what can you help, what can you tell me, what do you know, what are you for, menu, options, topics, features, how does this work, how do i use, instructions, guide me, get started, where do i start, where to start"),
          sense(
              "bot",
              "bot, robot, chatbot, chat bot, human, real person, actual person, ai, artificial intelligence, computer, machine, assistant, automated, are you real, who are you, what are you, who made you, who built you, who created you, who wrote you, your name, your limits, your answers, your sources"),
          sense(
              "leader",
              "who runs, who leads, who heads, leads on, in charge, head of, director, director general, chief, boss, leader, runs"),
          sense(
              "start",
              "begin, began, begun, beginning, start, started, launch, launched, launching, set up, setup, created, creation, established, establish, came into being, went live, go live, became operational, become operational, fully operational, came into existence, inception, kicked off"),
          sense(
              "ended",
              "abolished, abolish, abolition, was scrapped, been scrapped, got scrapped, disbanded, closed down, shut down, wound up, defunct, no longer, still exist, still exists, still around, still going, still running, still operating, still a thing, happened to, what became of, gone, folded, dissolved"),
          sense(
              "succession",
              "replaced, replace, replacement, replacing, successor, succeeded, took over, instead of, predecessor, came before, preceded, forerunner, merged, merger, absorbed, renamed, rebranded, became, took on"),
          sense(
              "time",
              "when, what year, which year, in what year, what date, which date, what month, how long ago, since when, date, dates, timeline, how long"),
          sense(
              "law",
              "law, laws, act, legislation, statute, statutory, legal basis, bill, parliament, royal assent, legally, legal"),
          sense(
              "magnitude",
              "scale, size, how big, how many, how much, number of, figures, statistics, stats, estimate, estimates, estimated, cost, costs, extent, prevalence, how common, how widespread, billion, bn, amount, proportion, percentage, worth"),
          sense(
              "kinds",
              "types, type, kinds, kind, sorts, sort of, examples, example, categories, what counts as, counted as, count as, counts as, classed as, classified as, seen as, treated as, regarded as, activities, forms of, look like"),
          sense(
              "local",
              "local, locally, locality, community, communities, neighbourhood, neighbourhoods, town, towns, village, villages, rural, countryside, urban, city, cities, estate, estates, high street, residents"),
          sense(
              "remit",
              "priorities, priority, focus, focuses, remit, responsibilities, responsible for, in charge of, duties, purpose, aims, mission, key areas, main work, whose job, the job of, their job, its job, what does it do, what do they do"),
          sense(
              "tell",
              "report, reporting, reported, tell, inform, pass on, passing on, tip off, flag up, raise a concern, contact, ring, call, phone, dial, get in touch, speak to, let someone know, who do i tell, grass"),
          sense(
              "anonymous",
              "anonymous, anonymously, without giving my name, without my name, stay anonymous, confidential, confidentially, secretly, without being identified, not give my name, no names, identity"),
          sense(
              "tackle",
              "tackle, tackling, fight, fighting, combat, combating, disrupt, disrupting, deal with, dealing with, crack down, clamp down, stop, stopping, prevent, reduce, counter, take action, do about"),
          sense(
              "suspicion",
              "suspect, suspected, suspicious, suspicion, suspicions, worried, worry, concerned, concern, concerns, dodgy, shady, not right, something going on, signs of, the signs, warning signs, indicators, spot"),
          sense(
              "child",
              "child, children, kid, kids, young person, young people, teenager, teenagers, teen, teens, youngster, youngsters, minor, minors, boy, girl, son, daughter, pupil, pupils, juvenile, under 18, schoolchildren, lad, lads"),
          sense(
              "online",
              "online, internet, web, social media, snapchat, instagram, facebook, tiktok, whatsapp, discord, messages, messaging, chat room, app, apps, gaming, webcam, nudes, images, pictures, photos, video"),
          sense(
              "together",
              "partnership, partnerships, partners, partner, work together, working together, joint, jointly, collaborate, collaboration, cooperation, cooperate, multi agency, multiagency, alongside, join up, joined up, coordinate"),
          sense(
              "plan",
              "strategy, strategies, plan, plans, policy, policies, approach, framework, document, paper"),
          sense(
              "current",
              "latest, newest, current, currently, recent, recently, updated, update, updates, new version, refreshed, most recent, today, out of date, up to date, still valid, nowadays"),
          sense(
              "past",
              "history, historical, former, formerly, previously, used to, originally, back in, past, the old, our old, old days"),
          sense(
              "number",
              "number, numbers, phone number, telephone number, helpline, hotline, contact number, contact details, what number, which number"),
          sense(
              "accessible",
              "deaf, hard of hearing, hearing impaired, speech impaired, speech impairment, cannot speak, mute, textphone, minicom, text relay, relay uk, bsl, sign language, disabled"),
          sense(
              "rail",
              "train, trains, passenger, passengers, commuter, commuters, journey, railway, railways, rail, station, stations, platform, tube, underground, metro, tram, carriage"),
          sense(
              "home",
              "tenant, tenants, lodger, lodgers, tenancy, flat, flats, home, homes, house, houses, property, properties, accommodation, landlord, housing"),
          sense(
              "business",
              "business, businesses, shop, shops, company, companies, firm, firms, premises, car wash, car washes, nail bar, nail bars, takeaway, takeaways, pub, pubs, store, trader, traders, market, stall"),
          sense(
              "council",
              "council, councils, local authority, local authorities, local government, authority, authorities"),
          sense(
              "define",
              "mean, meaning, means, stand for, stands for, definition, define, explain, explained, what is meant by, what is, what are, tell me about"),
          sense(
              "who",
              "who, which organisation, which body, which agency, what organisation, what body"));

  private Senses() {}

  private static LexiconEntry sense(String name, String words) {
    return new LexiconEntry(name, "sense", List.of(words.split(",\\s*")), null);
  }
}
