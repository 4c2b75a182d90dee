package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordReaderTest {
  private static JsonRecordReader reader(String json) {
    return new JsonRecordReader(DecodedText.decode(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<RawRecord> read(String json) {
    List<RawRecord> out = new ArrayList<>();
    reader(json).records().forEachRemaining(out::add);
    return out;
  }

  @Test
  void readsAnArrayOfObjectsWithLinesAndJoinsListValues() {
    String json =
        "[\n  {\"details\": \"went well\", \"questions\": [\"why us?\", \"why now?\"]},\n"
            + "  {\"details\": \"slow\", \"gotOffer\": \"No Offer\"}\n]";
    List<RawRecord> r = read(json);
    assertThat(r).extracting(RawRecord::line).containsExactly(2, 3);
    assertThat(r.get(0).fields()).containsEntry("questions", "why us?\nwhy now?");
    assertThat(r.get(0).nonText()).containsExactly("questions");
    assertThat(reader(json).keys()).containsExactly("details", "questions", "gotoffer");
  }

  @Test
  void readsJsonLinesAndReportsBadLinesByLineNumber() {
    List<RawRecord> r = read("{\"text\": \"a\"}\n\n{\"text\": \"b\"\n[1,2]\n{\"text\": 42}\n");
    assertThat(r).extracting(RawRecord::line).containsExactly(1, 3, 4, 5);
    assertThat(r.get(1).problem().reason()).isEqualTo(QuarantineReason.INVALID_JSON);
    assertThat(r.get(2).problem().reason()).isEqualTo(QuarantineReason.BAD_TYPE);
    assertThat(r.get(3).problem()).isNull();
    assertThat(r.get(3).nonText()).containsExactly("text");
  }

  @Test
  void aBrokenArrayKeepsWhatWasReadAndQuarantinesTheRest() {
    List<RawRecord> r = read("[{\"text\": \"a\"},\n{\"text\": \"b\" oops}]");
    assertThat(r).hasSize(2);
    assertThat(r.get(0).problem()).isNull();
    assertThat(r.get(1).problem().reason()).isEqualTo(QuarantineReason.INVALID_JSON);
    assertThat(r.get(1).record()).isEqualTo(2);
  }
}
