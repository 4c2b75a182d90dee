package org.debrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
  private static List<RawRecord> read(byte[] bytes) {
    List<RawRecord> out = new ArrayList<>();
    new CsvRecordReader(DecodedText.decode(bytes)).records().forEachRemaining(out::add);
    return out;
  }

  private static List<RawRecord> read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsMultiLineQuotedFieldsWithTheirStartingLine() {
    List<RawRecord> r = read("id,text\n1,\"first\nsecond\"\n2,plain\n");
    assertThat(r).extracting(RawRecord::line).containsExactly(2, 4);
    assertThat(r).extracting(RawRecord::record).containsExactly(1, 2);
    assertThat(r.get(0).fields()).containsEntry("text", "first\nsecond").containsEntry("id", "1");
    assertThat(r.get(0).raw()).isEqualTo("1,\"first\nsecond\"");
    assertThat(r.get(1).raw()).isEqualTo("2,plain");
  }

  @Test
  void stripsTheBomAndLowerCasesTheHeader() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Text,Offer\nhello,No Offer\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    CsvRecordReader reader = new CsvRecordReader(DecodedText.decode(all));
    assertThat(reader.keys()).containsExactly("text", "offer");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsReportedAndReadingGoesOn() {
    List<RawRecord> r = read("a,b\n1,2\n1,2,3\n4,5\n");
    assertThat(r).hasSize(3);
    assertThat(r.get(1).problem().reason()).isEqualTo(QuarantineReason.FIELD_COUNT);
    assertThat(r.get(1).problem().detail())
        .isEqualTo("expected 2 fields as in the header, found 3");
    assertThat(r.get(1).line()).isEqualTo(3);
    assertThat(r.get(1).raw()).isEqualTo("1,2,3");
    assertThat(r.get(2).problem()).isNull();
  }

  @Test
  void aStrayQuoteAfterAClosingQuoteIsKeptAsText() {
    List<RawRecord> r = read("a,text\n1,\"said \"no\" twice\"\n");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).problem()).isNull();
    assertThat(r.get(0).fields().get("text")).contains("no").contains("twice");
  }

  @Test
  void aQuoteNeverClosedMakesTheRestOfTheFileOneUnparseableRecord() {
    List<RawRecord> r = read("a,text\n1,ok\n2,\"never closed\n3,lost?\n");
    assertThat(r).hasSize(2);
    assertThat(r.get(0).problem()).isNull();
    assertThat(r.get(1).problem().reason()).isEqualTo(QuarantineReason.UNPARSEABLE_CSV);
    assertThat(r.get(1).line()).isEqualTo(3);
    assertThat(r.get(1).raw()).isEqualTo("2,\"never closed\n3,lost?\n");
    assertThat(r.get(1).raw()).contains("never closed").contains("3,lost?");
  }

  @Test
  void invalidUtf8IsFlaggedOnlyInTheRecordThatHoldsIt() {
    byte[] head = "a,text\n1,fine\n2,bad ".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\n3,fine too\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
    all[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, all, head.length + 2, tail.length);
    List<RawRecord> r = read(all);
    assertThat(r)
        .extracting(x -> x.problem() == null ? "ok" : x.problem().reason().id())
        .containsExactly("ok", "invalid_utf8", "ok");
  }

  @Test
  void aHeaderOnlyFileHasNoRecords() {
    assertThat(read("text,offer\n")).isEmpty();
    assertThat(new CsvRecordReader(DecodedText.decode(new byte[0])).keys()).isEmpty();
  }
}
