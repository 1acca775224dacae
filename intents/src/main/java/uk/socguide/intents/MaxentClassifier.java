package uk.socguide.intents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * OpenNLP's document categoriser (maximum entropy, GIS with a Gaussian prior) over the stems,
 * lexicon concepts and senses of analysed questions, optionally with stem bigrams and character
 * n-grams (off by default: on the seed content each lowered cross-validated accuracy).
 *
 * <p>OpenNLP re-creates feature generators from their class names when a model is built, and since
 * 2.5.9 only from allow-listed packages. This class allow-lists {@code uk.socguide.intents.} itself
 * when it is loaded (and sets {@code OPENNLP_EXT_ALLOWED_PACKAGES} if it is absent), so callers
 * need no JVM flag.
 *
 * <p>Immutable and thread-safe: the categoriser's context generation is stateless and GIS
 * evaluation allocates its own arrays.
 */
final class MaxentClassifier {

  static final String ALLOWED_PACKAGES_PROPERTY = ExtensionLoader.ALLOWED_PACKAGES_PROPERTY;
  static final String OWN_PACKAGE = "uk.socguide.intents.";

  static {
    if (System.getProperty(ALLOWED_PACKAGES_PROPERTY) == null) {
      System.setProperty(ALLOWED_PACKAGES_PROPERTY, OWN_PACKAGE);
    }
    // the property is read once, when ExtensionLoader is first used: register in case it was early
    ExtensionLoader.registerAllowedPackage(OWN_PACKAGE);
  }

  /** Null when the examples have only one intent: OpenNLP cannot train on one outcome. */
  private final DocumentCategorizerME categorizer;

  private final int[] intentOfOutcome;

  private MaxentClassifier(DocumentCategorizerME categorizer, int[] intentOfOutcome) {
    this.categorizer = categorizer;
    this.intentOfOutcome = intentOfOutcome;
  }

  /**
   * @param docs analysed examples (terms)
   * @param labels the intent index of each example
   * @param intents intent names by index
   */
  static MaxentClassifier train(
      List<String[]> docs, int[] labels, List<String> intents, TrainerSettings settings) {
    if (IntStream.of(labels).distinct().count() < 2) {
      return new MaxentClassifier(null, new int[] {labels.length == 0 ? 0 : labels[0]});
    }
    List<DocumentSample> samples = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      samples.add(new DocumentSample(intents.get(labels[i]), docs.get(i)));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    // a Gaussian prior keeps weights of words seen once or twice from dominating
    params.put("GaussianSmoothing", "true");
    // the default cutoff of 5 throws away most words of a small training set
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    // the default two-pass indexer writes temporary files
    params.put(
        AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    List<FeatureGenerator> generators = new ArrayList<>(List.of(new WordFeatures()));
    if (settings.bigrams()) {
      generators.add(new BigramFeatures());
    }
    if (settings.charGrams()) {
      generators.add(new CharGramFeatures());
    }
    DoccatFactory factory = new DoccatFactory(generators.toArray(FeatureGenerator[]::new));
    try {
      DoccatModel model =
          DocumentCategorizerME.train(
              "en", ObjectStreamUtils.createObjectStream(samples), params, factory);
      DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
      int[] intentOfOutcome = new int[categorizer.getNumberOfCategories()];
      for (int o = 0; o < intentOfOutcome.length; o++) {
        intentOfOutcome[o] = intents.indexOf(categorizer.getCategory(o));
      }
      return new MaxentClassifier(categorizer, intentOfOutcome);
    } catch (IOException e) {
      throw new UncheckedIOException("training the intent classifier failed", e);
    }
  }

  /** Probabilities by intent index; intents without examples get 0. */
  double[] probabilities(String[] terms, int intentCount) {
    double[] byOutcome = categorizer == null ? new double[] {1} : categorizer.categorize(terms);
    double[] byIntent = new double[intentCount];
    for (int o = 0; o < byOutcome.length; o++) {
      byIntent[intentOfOutcome[o]] = byOutcome[o];
    }
    return byIntent;
  }
}
