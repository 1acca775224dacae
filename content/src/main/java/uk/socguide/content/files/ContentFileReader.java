package uk.socguide.content.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.socguide.content.Canonical;
import uk.socguide.content.Category;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemKind;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.ValidationException;

/**
 * Reads a folder of content files (docs/content-format.md). Every file is read strictly: bad YAML,
 * unknown fields, values of the wrong shape, missing and duplicate ids are all reported together,
 * each with its file, line and field, as a {@link ValidationException}.
 */
public final class ContentFileReader {
  public static final String ROUTES = "routes.yaml";
  public static final String LEXICON = "lexicon.yaml";
  public static final String MUST_ANSWER = "must-answer.yaml";

  /** Every file name a content folder may hold. */
  public static final List<String> FILE_NAMES;

  static {
    List<String> names = new ArrayList<>(List.of(ROUTES, LEXICON, MUST_ANSWER));
    for (Category c : Category.values()) {
      names.add(categoryFile(c));
    }
    FILE_NAMES = List.copyOf(names);
  }

  private ContentFileReader() {}

  public static String categoryFile(Category category) {
    return category.slug() + ".yaml";
  }

  /** Reads the content files in {@code dir}; other files (such as a README) are ignored. */
  public static ParsedContent read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ValidationException(
          List.of(Problem.inFile(dir.toString(), 0, null, "is not a folder")));
    }
    Map<String, byte[]> files = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
          if (FILE_NAMES.contains(name)) {
            files.put(name, Files.readAllBytes(p));
          } else {
            problems.add(
                Problem.inFile(
                    name,
                    0,
                    null,
                    "is not a content file; expected " + String.join(", ", FILE_NAMES)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read content folder " + dir, e);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return parse(files);
  }

  /** Reads the content files under a classpath folder, such as the seed in {@code seed/}. */
  public static ParsedContent readClasspath(ClassLoader loader, String folder) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String name : FILE_NAMES) {
      try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
        if (in != null) {
          files.put(name, in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + folder + "/" + name, e);
      }
    }
    return parse(files);
  }

  /** Reads files given as name to bytes. */
  public static ParsedContent parse(Map<String, byte[]> files) {
    List<Problem> problems = new ArrayList<>();
    FileSetReader reader = new FileSetReader(problems);
    new TreeMap<>(files).forEach(reader::read);
    if (!problems.isEmpty()) {
      problems.sort(
          Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file())
              .thenComparingInt(Problem::line));
      throw new ValidationException(problems);
    }
    return new ParsedContent(reader.content(), reader.origins(), hash(files));
  }

  static String hash(Map<String, byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
        sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(e.getValue());
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Collects items from each file in turn, reporting ids used twice across files. */
  private static final class FileSetReader {
    private final List<Problem> problems;
    private final List<Object> items = new ArrayList<>();
    private final Map<ItemRef, Origin> origins = new HashMap<>();

    FileSetReader(List<Problem> problems) {
      this.problems = problems;
    }

    void read(String file, byte[] bytes) {
      YamlNode root = YamlTree.parse(file, bytes, problems);
      String listKey = listKey(file);
      if (root == null) {
        return;
      }
      if (!(root instanceof YamlNode.Mapping map)
          || map.fields().size() != 1
          || !map.fields().containsKey(listKey)) {
        problems.add(
            Problem.inFile(
                file,
                root.line(),
                null,
                "must hold one field, '" + listKey + ":', followed by a list"));
        return;
      }
      YamlNode list = map.fields().get(listKey);
      if (list instanceof YamlNode.Scalar s && s.text() == null) {
        return;
      }
      if (!(list instanceof YamlNode.Sequence seq)) {
        problems.add(
            Problem.inFile(
                file, list.line(), listKey, "expected a list, found " + YamlNode.describe(list)));
        return;
      }
      for (int i = 0; i < seq.items().size(); i++) {
        YamlNode element = seq.items().get(i);
        ItemContext item = new ItemContext(file, listKey + "[" + i + "]", element.line(), problems);
        if (!(element instanceof YamlNode.Mapping m)) {
          item.problem(
              null, element.line(), "expected a mapping, found " + YamlNode.describe(element));
          continue;
        }
        Object value = readItem(file, item, m);
        if (value != null) {
          add(item, value);
        }
      }
    }

    private static Object readItem(String file, ItemContext item, YamlNode.Mapping m) {
      switch (file) {
        case ROUTES:
          return ItemReaders.route(item, m);
        case LEXICON:
          return ItemReaders.concept(item, m);
        case MUST_ANSWER:
          return ItemReaders.question(item, m);
        default:
          return ItemReaders.topic(
              item, m, Category.fromSlug(file.substring(0, file.length() - 5)));
      }
    }

    private void add(ItemContext item, Object value) {
      ItemRef ref = Canonical.ref(value);
      Origin origin = item.origin();
      Origin first = origins.putIfAbsent(ref, origin);
      if (first != null) {
        String field = ref.kind() == ItemKind.QUESTION ? "question" : "id";
        item.problem(
            field,
            origin.lineOf(field),
            "the "
                + ref.kind().label()
                + " '"
                + ref.id()
                + "' is already at "
                + first.file()
                + ":"
                + first.line());
        return;
      }
      items.add(Canonical.item(value));
    }

    ContentSet content() {
      return ContentSet.ofItems(items);
    }

    Map<ItemRef, Origin> origins() {
      return origins;
    }

    private static String listKey(String file) {
      switch (file) {
        case ROUTES:
          return "routes";
        case LEXICON:
          return "concepts";
        case MUST_ANSWER:
          return "questions";
        default:
          return "topics";
      }
    }
  }
}
