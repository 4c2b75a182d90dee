package org.debrief.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;

/**
 * Renders the Mustache templates under {@code org/debrief/report/}. {@code {{value}}} is
 * HTML-escaped by the engine; only chart SVG and our own rendered markup use {@code {{{raw}}}}.
 */
final class Templates {
  private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/debrief/report");

  private Templates() {}

  static String render(String template, Object scope) {
    Mustache m = FACTORY.compile(template);
    StringWriter out = new StringWriter();
    m.execute(out, scope);
    return out.toString();
  }
}
