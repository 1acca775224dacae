package uk.socguide.content.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.content.Problem;

/** Reads one YAML document into {@link YamlNode}s, reporting syntax errors with their line. */
final class YamlTree {
  private static final YAMLFactory YAML = new YAMLFactory();

  private final String file;
  private final List<Problem> problems;

  private YamlTree(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The document's root, or {@code null} when it is empty or not valid YAML (then a problem). */
  static YamlNode parse(String file, byte[] bytes, List<Problem> problems) {
    return new YamlTree(file, problems).parse(bytes);
  }

  private YamlNode parse(byte[] bytes) {
    try (JsonParser p = YAML.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      YamlNode root = read(p, first);
      if (p.nextToken() != null) {
        problems.add(
            Problem.inFile(file, line(p), null, "holds more than one YAML document; use one"));
      }
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(Problem.inFile(file, line, null, "is not valid YAML: " + summary(e)));
      return null;
    } catch (IOException e) {
      problems.add(Problem.inFile(file, 0, null, "could not be read: " + e.getMessage()));
      return null;
    }
  }

  private YamlNode read(JsonParser p, JsonToken token) throws IOException {
    int line = line(p);
    if (token == JsonToken.START_OBJECT) {
      Map<String, YamlNode> fields = new LinkedHashMap<>();
      Map<String, Integer> keyLines = new LinkedHashMap<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String key = p.currentName();
        int keyLine = line(p);
        YamlNode value = read(p, p.nextToken());
        if (fields.containsKey(key)) {
          problems.add(
              Problem.inFile(
                  file,
                  keyLine,
                  key,
                  "appears twice in the same mapping (first on line " + keyLines.get(key) + ")"));
        } else {
          fields.put(key, value);
          keyLines.put(key, keyLine);
        }
      }
      return new YamlNode.Mapping(fields, keyLines, line);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        items.add(read(p, t));
      }
      return new YamlNode.Sequence(items, line);
    }
    return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : p.getText(), line);
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  /** The YAML library's own explanation, without its echo of the input. */
  private static String summary(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    StringBuilder s = new StringBuilder();
    for (String line : message.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("in 'reader'") || l.startsWith("^")) {
        continue;
      }
      if (line.startsWith("    ")) {
        continue;
      }
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(l);
    }
    return s.length() == 0 ? "syntax error" : s.toString();
  }
}
