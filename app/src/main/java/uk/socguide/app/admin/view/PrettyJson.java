package uk.socguide.app.admin.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import uk.socguide.app.admin.json.Jsons;

/** Indents a JSON text for people to read; returns anything that is not JSON as it was. */
final class PrettyJson {
  private PrettyJson() {}

  static String of(String json) {
    try {
      return Jsons.MAPPER
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(Jsons.MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}
