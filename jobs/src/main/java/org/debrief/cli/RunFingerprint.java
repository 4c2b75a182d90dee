package org.debrief.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.debrief.annotate.AnnotationState;
import org.debrief.common.BuildInfo;
import org.debrief.common.CodeDigest;
import org.debrief.common.InputDigests;
import org.debrief.common.Json;
import org.debrief.common.Sha256;
import org.debrief.common.fs.Location;
import org.debrief.ingest.IngestOptions;
import org.debrief.ingest.InputFiles;

/**
 * Everything a {@code debrief run}'s rows depend on: the input files' bytes, the options, Debrief's
 * code and resources (rules, models, templates) and the CoreNLP configuration. Two runs with the
 * same fingerprint publish the same rows, so the second may reuse the first's.
 *
 * @param sha256 the digest of {@code parts}
 * @param parts what was digested, recorded in the manifest so a changed part can be found
 */
record RunFingerprint(String sha256, ObjectNode parts) {
  static final String MANIFEST_KEY = "fingerprint";

  static RunFingerprint of(
      InputFiles files,
      IngestOptions ingest,
      double maxQuarantineRate,
      long minSupport,
      Location stateRoot,
      InputDigests digests) {
    ObjectNode parts = Json.MAPPER.createObjectNode();
    ObjectNode inputs = parts.putObject("inputs");
    for (String f : files.files()) {
      inputs.put(f, digests.sha256(InputFiles.location(f)));
    }
    parts.putPOJO("explicit_inputs", files.explicit());
    parts.putPOJO("skipped_inputs", files.skipped());
    parts.put("layout", ingest.layout());
    parts.put("layouts", ingest.layoutsDigest());
    parts.put("max_text_chars", ingest.maxTextChars());
    parts.put("encoding", ingest.encoding());
    parts.put("max_quarantine_rate", maxQuarantineRate);
    parts.put("min_support", minSupport);
    parts.put("state", stateRoot.toString());
    parts.put("annotation", AnnotationState.under(stateRoot).fingerprint());
    parts.put("debrief_code", CodeDigest.debrief());
    parts.put("corenlp", BuildInfo.corenlp());
    parts.put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    return new RunFingerprint(Sha256.of(parts.toString()), parts);
  }

  /** Whether the run whose manifest is {@code manifest} succeeded with this same fingerprint. */
  boolean matches(JsonNode manifest) {
    return "succeeded".equals(manifest.path("status").asText())
        && "run".equals(manifest.path("command").asText())
        && sha256.equals(manifest.path(MANIFEST_KEY).path("sha256").asText());
  }

  void record(ObjectNode manifestRoot) {
    ObjectNode node = manifestRoot.putObject(MANIFEST_KEY);
    node.put("sha256", sha256);
    node.set("parts", parts);
  }
}
