package org.debrief.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.debrief.common.Json;

/**
 * The company folds left out one at a time in company-disjoint evaluation and training: reviews of
 * one fold are never scored by a model fitted on that fold. The grouping lives in one place, {@code
 * company-folds.json}, with which folds a rule was tuned on.
 */
public final class CompanyGroups {
  public static final String ZILLOW = "zillow";
  public static final String INDIA = "tcs_accenture_deloitte";
  public static final String APPLE_MICROSOFT = "apple_microsoft";
  public static final String SAMPLES = "data_samples";

  /** Reviews whose export names no company and whose id names no fold. */
  public static final String UNNAMED = "unnamed_company";

  private static final String RESOURCE = "/org/debrief/train/company-folds.json";

  /** One fold: its companies, the id prefixes of its reviews that name none, and if tuned on. */
  record Fold(String id, boolean tunedOn, List<String> companies, List<String> idPrefixes) {}

  private static final List<Fold> FOLDS = load();

  /** Every fold id, in the file's order, then {@link #UNNAMED}. */
  public static final List<String> ALL = ids();

  private CompanyGroups() {}

  /**
   * The fold of a review from its company, or from its id's prefix when the company is missing; any
   * other named company is one of the samples' invented employers.
   */
  public static String of(String reviewId, String company) {
    String c = company == null ? "" : company.strip().toLowerCase(Locale.ROOT);
    String id = reviewId.toLowerCase(Locale.ROOT);
    for (Fold f : FOLDS) {
      for (String name : f.companies()) {
        String n = name.toLowerCase(Locale.ROOT);
        if (c.equals(n) || c.startsWith(n + " ")) {
          return f.id();
        }
      }
    }
    if (c.isBlank()) {
      for (Fold f : FOLDS) {
        if (f.idPrefixes().stream().anyMatch(id::startsWith)) {
          return f.id();
        }
      }
      return UNNAMED;
    }
    return SAMPLES;
  }

  /** Whether a rule was written or tuned while reading this fold's reviews. */
  public static boolean tunedOn(String group) {
    return FOLDS.stream().anyMatch(f -> f.id().equals(group) && f.tunedOn());
  }

  /** The folds no rule was written or tuned on: the headline is pooled over these. */
  public static List<String> neverTuned() {
    return FOLDS.stream().filter(f -> !f.tunedOn()).map(Fold::id).toList();
  }

  private static List<String> ids() {
    List<String> out = new ArrayList<>(FOLDS.stream().map(Fold::id).toList());
    out.add(UNNAMED);
    return List.copyOf(out);
  }

  private static List<Fold> load() {
    try (InputStream in = CompanyGroups.class.getResourceAsStream(RESOURCE)) {
      List<Fold> out = new ArrayList<>();
      for (JsonNode f : Json.MAPPER.readTree(in).get("folds")) {
        out.add(
            new Fold(
                f.get("id").asText(),
                f.get("tuned_on").asBoolean(),
                strings(f.get("companies")),
                strings(f.get("id_prefixes"))));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from Debrief's jar", e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }
}
