package org.debrief.summarize;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.debrief.common.Json;

/**
 * Maps free-text job titles to role families with the ordered patterns of {@code
 * role-families.json}: first matching family wins.
 */
public final class RoleFamilies {
  private static final String RESOURCE = "/org/debrief/summarize/role-families.json";

  /** One family and its title patterns. */
  public record Family(String id, List<String> patterns) {}

  private final List<Family> families;
  private final String fallback;
  private final String missing;

  RoleFamilies(List<Family> families, String fallback, String missing) {
    this.families = List.copyOf(families);
    this.fallback = fallback;
    this.missing = missing;
  }

  /** The mapping shipped with Debrief. */
  public static RoleFamilies standard() {
    try (InputStream in = RoleFamilies.class.getResourceAsStream(RESOURCE)) {
      JsonNode root = Json.MAPPER.readTree(in);
      List<Family> families = new ArrayList<>();
      for (JsonNode f : root.get("families")) {
        List<String> patterns = new ArrayList<>();
        f.get("patterns").forEach(p -> patterns.add(p.asText()));
        families.add(new Family(f.get("id").asText(), patterns));
      }
      return new RoleFamilies(
          families, root.get("fallback").asText(), root.get("missing").asText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The family of one title, as {@link #column} computes it; for the driver and tests. */
  public String familyOf(String title) {
    if (title == null || title.isBlank()) {
      return missing;
    }
    String t = title.toLowerCase(Locale.ROOT);
    for (Family f : families) {
      for (String p : f.patterns()) {
        if (Pattern.compile(p).matcher(t).find()) {
          return f.id();
        }
      }
    }
    return fallback;
  }

  /** The family of {@code role} as a Spark column: no UDF, so the optimiser sees plain regexes. */
  public Column column(Column role) {
    Column lowered = lower(role);
    Column result = lit(fallback);
    for (int i = families.size() - 1; i >= 0; i--) {
      Family f = families.get(i);
      result = when(lowered.rlike(String.join("|", f.patterns())), lit(f.id())).otherwise(result);
    }
    return when(
            role.isNull().or(lit("").equalTo(org.apache.spark.sql.functions.trim(role))),
            lit(missing))
        .otherwise(result);
  }
}
