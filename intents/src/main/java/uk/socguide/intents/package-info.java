/**
 * Intent detection: what a question is about, whether it is out of scope, whether to ask which of
 * two topics was meant, and the concepts it names.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * IntentModel model = IntentTrainer.train(trainingSet);   // immutable, thread-safe
 * LiveIntentModel live = new LiveIntentModel(model);      // what the app holds
 * Classification c = live.classify("who took over from SOCA?");
 * live.swap(IntentTrainer.train(newTrainingSet));         // after a release; never pauses callers
 * EvaluationReport r = Evaluator.evaluate(trainingSet, mustAnswer, 5);
 * List<String> failed = Floors.defaults().failures(r);
 * }</pre>
 *
 * <h2>Pipeline</h2>
 *
 * <ol>
 *   <li>{@link uk.socguide.intents.Normaliser}: case, accents, quotes, contractions with and
 *       without apostrophes, text speak, US spellings, punctuation; 999, 101 and phone numbers
 *       typed in groups are kept as single tokens; offsets into the original text are kept.
 *   <li>Spelling: a word no example or lexicon entry uses is corrected to the closest known word
 *       (one edit for words of 5 to 7 letters, two for longer words keeping the first letter).
 *   <li>Snowball stemming (one stemmer per thread).
 *   <li>The content lexicon: each synonym found adds a {@code #concept} term and an {@link
 *       uk.socguide.intents.Entity} (historical bodies report their successor); then the built-in
 *       {@link uk.socguide.intents.Senses} add {@code ~sense} terms for everyday wordings of the
 *       same idea.
 *   <li>Scores: OpenNLP maximum entropy (GIS, cutoff 0, one-pass indexing, Gaussian prior) over the
 *       terms, blended 0.4 / 0.2 / 0.4 with the BM25 similarity of the nearest example and of all
 *       of an intent's examples together.
 *   <li>Decision ({@link uk.socguide.intents.DecisionRule}): out of scope when {@link
 *       uk.socguide.intents.OutOfScopeModel}, a logistic regression over a few signals (the best
 *       in-scope and out-of-scope scores of each scorer, whether the question names a crime or an
 *       agency, how many senses it uses, how many of its words are unknown), finds it likelier than
 *       not; clarification when the best in-scope score is under a level or the runner-up is within
 *       a ratio of it. The regression and both numbers are fitted by 5-fold cross-validation each
 *       time a model trains.
 * </ol>
 *
 * <p>OpenNLP re-creates feature generators by class name and only from allow-listed packages: the
 * module allow-lists its own package when it first trains (and sets {@code
 * OPENNLP_EXT_ALLOWED_PACKAGES=uk.socguide.intents.} if the property is absent), so no JVM flag is
 * needed.
 */
package uk.socguide.intents;
