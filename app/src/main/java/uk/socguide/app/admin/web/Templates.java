package uk.socguide.app.admin.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workspace's jte templates (src/main/jte), compiled to classes at build time, so a template
 * that does not match its model fails the build rather than a page. Output is HTML-escaped by
 * context (text, attribute) unless a template says otherwise, which only the preview of
 * already-sanitised channel HTML does.
 */
final class Templates {
  static final String PACKAGE = "uk.socguide.app.admin.templates";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

  String render(String template, Object... namesAndValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      params.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    return out.toString();
  }

  void page(Context ctx, int status, String template, Object... namesAndValues) {
    ctx.status(status);
    ctx.html(render(template, namesAndValues));
  }
}
