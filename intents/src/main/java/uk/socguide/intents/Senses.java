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

  /** Each sense with its words and phrases, comma-separated. */
  static final List<LexiconEntry> ALL =
      List.of(
          sense(
              "fear",
              "scared, afraid, frightened, terrified, fearful, fear, too scared, petrified, nervous, reprisals, retaliation, revenge"),
          sense(
              "money",
              "money, cash, bag of cash, large sums, large amounts, funds, payment, payments, paid, pay, transactions, bank account, bank accounts, wealth, assets, profits, proceeds"),
          sense(
              "theft",
              "theft, thefts, stolen, stealing, steal, stole, thief, thieves, nicked, robbed, robbery, burglary, pickpocket, pickpockets, shoplifting"),
          sense(
              "greeting",
              "hello, hi, hiya, hey, heya, howdy, hullo, greetings, alright, good morning, good afternoon, good evening, morning, afternoon, evening, how are you, how are things"),
          sense(
              "thanks",
              "thanks, thank you, thank, cheers, ta, much appreciated, appreciate it, grateful, brilliant, great, helpful, perfect, lovely, nice one"),
          sense(
              "bye",
              "bye, goodbye, good bye, see you, see ya, cheerio, ta ra, tara, later, that is all, all done, done, finished, end chat, good night, night"),
          sense(
              "help",
              "help, what can you do, what do you do, what can i ask, what can you help, menu, options, topics, commands, how does this work, how do i use, instructions, guide me, get started"),
          sense(
              "bot",
              "bot, robot, chatbot, chat bot, human, real person, ai, artificial intelligence, computer, machine, assistant, are you real"),
          sense(
              "leader",
              "who runs, who leads, who heads, in charge, head of, director, director general, chief, boss, leader, leads, runs"),
          sense(
              "start",
              "begin, began, begun, beginning, start, started, launch, launched, launching, set up, setup, created, creation, established, establish, founded, came into being, went live, go live, operational, came into existence, inception, kicked off"),
          sense(
              "ended",
              "abolished, abolish, abolition, scrapped, disbanded, closed down, shut down, wound up, defunct, no longer, still exist, still exists, still around, still going, still running, still operating, still a thing, happened to, what became of, gone, folded, dissolved"),
          sense(
              "succession",
              "replaced, replace, replacement, replacing, successor, succeeded, took over, instead of, predecessor, came before, preceded, forerunner, merged, merger, absorbed, renamed, rebranded, became, took on"),
          sense(
              "time",
              "when, what year, which year, what date, which date, what month, how long ago, since when, date, dates, timeline, year, how long"),
          sense(
              "law",
              "law, laws, act, legislation, statute, statutory, legal basis, bill, parliament, royal assent, legally, legal"),
          sense(
              "magnitude",
              "scale, size, how big, how many, how much, number of, figures, statistics, stats, estimate, estimates, estimated, cost, costs, extent, prevalence, how common, how widespread, billion, bn, amount, proportion, percentage, worth"),
          sense(
              "kinds",
              "types, type, kinds, kind, sorts, sort of, examples, example, categories, what counts as, activities, forms of, look like"),
          sense(
              "local",
              "local, locally, locality, community, communities, neighbourhood, neighbourhoods, town, towns, village, villages, rural, countryside, urban, city, cities, estate, estates, high street, residents"),
          sense(
              "remit",
              "priorities, priority, focus, focuses, remit, responsibilities, responsible for, in charge of, duties, purpose, aims, mission, key areas, main work, job, jobs, what does it do, what do they do"),
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
              "suspect, suspected, suspicious, suspicion, suspicions, worried, worry, concerned, concern, concerns, dodgy, shady, not right, something going on, signs, warning signs, indicators, spot"),
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
              "strategy, strategies, plan, plans, policy, policies, approach, framework, document, paper, publication"),
          sense(
              "current",
              "latest, newest, current, currently, recent, recently, updated, update, updates, new version, refreshed, most recent, today, out of date, up to date, still valid, nowadays"),
          sense(
              "past",
              "history, historical, former, formerly, previously, used to, originally, back in, past, old"),
          sense(
              "number",
              "number, numbers, phone number, telephone number, helpline, hotline, contact number, contact details, what number, which number"),
          sense(
              "accessible",
              "deaf, hard of hearing, hearing impaired, speech impaired, speech impairment, cannot speak, mute, textphone, minicom, text relay, relay uk, bsl, sign language, disabled"),
          sense(
              "rail",
              "train, passenger, passengers, commuter, commuters, journey, trains, railway, railways, rail, station, stations, platform, tube, underground, metro, tram, carriage"),
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
