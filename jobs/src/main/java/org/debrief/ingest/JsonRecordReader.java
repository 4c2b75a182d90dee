package org.debrief.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.debrief.common.Json;

/**
 * Reads JSON exports: a top-level array of objects, or JSON Lines (one object a line). Array
 * elements that are not objects, and lines that are not JSON, become problems, not failures.
 */
public final class JsonRecordReader implements RecordReader {
  private final List<RawRecord> records = new ArrayList<>();
  private final Set<String> keys = new LinkedHashSet<>();

  public JsonRecordReader(DecodedText decoded) {
    String text = decoded.text();
    if (text.stripLeading().startsWith("[")) {
      readArray(text);
    } else {
      readLines(text);
    }
    if (decoded.hadInvalidBytes()) {
      Problem invalid = decoded.invalidBytes();
      records.replaceAll(r -> flagInvalidBytes(r, invalid));
    }
  }

  @Override
  public List<String> keys() {
    return List.copyOf(keys);
  }

  @Override
  public Iterator<RawRecord> records() {
    return records.iterator();
  }

  private void readLines(String text) {
    String[] lines = text.split("\n", -1);
    int index = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      index++;
      try {
        add(Json.MAPPER.readTree(line), i + 1, index, line);
      } catch (JsonProcessingException e) {
        records.add(
            RawRecord.broken(
                i + 1,
                index,
                line,
                new Problem(QuarantineReason.INVALID_JSON, e.getOriginalMessage())));
      }
    }
  }

  private void readArray(String text) {
    int index = 0;
    int line = 1;
    int start = 0;
    try (JsonParser p = Json.MAPPER.createParser(text)) {
      p.nextToken(); // START_ARRAY
      while (true) {
        start = (int) p.currentLocation().getCharOffset();
        line = p.currentLocation().getLineNr();
        JsonToken t = p.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) {
          return;
        }
        line = p.currentTokenLocation().getLineNr();
        start = (int) p.currentTokenLocation().getCharOffset();
        JsonNode node = p.readValueAsTree();
        int end = (int) p.currentLocation().getCharOffset();
        add(node, line, ++index, text.substring(start, Math.min(end, text.length())));
      }
    } catch (IOException e) {
      records.add(
          RawRecord.broken(
              line,
              index + 1,
              text.substring(Math.min(start, text.length())),
              new Problem(
                  QuarantineReason.INVALID_JSON,
                  "the JSON array cannot be parsed from record "
                      + (index + 1)
                      + " on: "
                      + e.getMessage())));
    }
  }

  private void add(JsonNode node, int line, int index, String raw) {
    if (!node.isObject()) {
      records.add(
          RawRecord.broken(
              line,
              index,
              raw,
              new Problem(
                  QuarantineReason.BAD_TYPE,
                  "expected a JSON object, found " + node.getNodeType())));
      return;
    }
    Map<String, String> fields = new HashMap<>();
    Set<String> nonText = new HashSet<>();
    node.fields()
        .forEachRemaining(
            e -> {
              String key = e.getKey().strip().toLowerCase(Locale.ROOT);
              keys.add(key);
              JsonNode v = e.getValue();
              if (!v.isTextual() && !v.isNull()) {
                nonText.add(key);
              }
              String value = valueText(v);
              if (value != null) {
                fields.putIfAbsent(key, value);
              }
            });
    records.add(new RawRecord(line, index, fields, nonText, raw, null));
  }

  /** Scalars as text; arrays of scalars (a list of questions) one item a line; objects as JSON. */
  private static String valueText(JsonNode v) {
    if (v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(i -> items.add(i.isValueNode() ? i.asText() : i.toString()));
      return String.join("\n", items);
    }
    return v.toString();
  }

  private static RawRecord flagInvalidBytes(RawRecord r, Problem invalid) {
    if (r.problem() == null && r.raw().indexOf(DecodedText.REPLACEMENT) >= 0) {
      return RawRecord.broken(r.line(), r.record(), r.raw(), invalid);
    }
    return r;
  }
}
