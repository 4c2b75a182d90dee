package org.debrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.debrief.common.SparkTestSession;
import org.debrief.extract.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each summary of {@link SummaryFixtures}: schema and exact rows. */
class SummariesSparkTest {
  static Map<String, Dataset<Row>> summaries;

  @BeforeAll
  static void summarise() {
    SparkSession spark = SparkTestSession.get();
    summaries = Summaries.all(SummaryFixtures.reviews(spark), RoleFamilies.standard(), 2);
  }

  static <T> List<T> rows(String name, Function<Row, T> fromRow) {
    Dataset<Row> d = summaries.get(name);
    assertThat(d.schema().catalogString())
        .as(name + " schema")
        .isEqualTo(Summaries.SCHEMAS.get(name).catalogString());
    return d.collectAsList().stream().map(fromRow).toList();
  }

  @Test
  void concernOfferComparesOfferRatesOfReviewsWithAKnownOutcome() {
    List<ConcernOfferRate> expected = new ArrayList<>();
    for (String c : Taxonomy.CONCERNS.stream().sorted().toList()) {
      if (c.equals("experience")) {
        double[] ci = Intervals.newcombe(0, 2, 2, 2);
        expected.add(new ConcernOfferRate(c, 2, 0, 0.0, 2, 2, 1.0, -1.0, ci[0], ci[1], 2, false));
      } else if (c.equals("logistics")) {
        double[] ci = Intervals.newcombe(1, 2, 1, 2);
        expected.add(new ConcernOfferRate(c, 2, 1, 0.5, 2, 1, 0.5, 0.0, ci[0], ci[1], 2, false));
      } else {
        expected.add(new ConcernOfferRate(c, 0, 0, null, 4, 2, 0.5, null, null, null, 0, true));
      }
    }
    assertThat(rows(Summaries.CONCERN_OFFER, ConcernOfferRate::fromRow))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void feedbackByCompanyCountsOnlyAnalysedReviews() {
    assertThat(rows(Summaries.FEEDBACK_BY_COMPANY, CompanyFeedback::fromRow))
        .containsExactly(
            new CompanyFeedback(
                "Acme",
                2,
                0,
                1,
                1,
                0,
                0.0,
                0.5,
                0.5,
                0.0,
                1,
                2,
                17.5,
                LocalDate.of(2024, 3, 5),
                LocalDate.of(2024, 3, 20),
                false),
            new CompanyFeedback(
                "Beta",
                2,
                1,
                0,
                0,
                1,
                0.5,
                0.0,
                0.0,
                0.5,
                0,
                0,
                null,
                LocalDate.of(2024, 4, 2),
                LocalDate.of(2024, 4, 2),
                false),
            new CompanyFeedback(
                "(unknown)",
                1,
                0,
                0,
                1,
                0,
                0.0,
                0.0,
                1.0,
                0.0,
                0,
                1,
                30.0,
                LocalDate.of(2024, 4, 15),
                LocalDate.of(2024, 4, 15),
                true));
    assertThat(
            rows(Summaries.FEEDBACK_BY_COMPANY, CompanyFeedback::fromRow).stream()
                .filter(CompanyFeedback::hasPage)
                .map(CompanyFeedback::company))
        .containsExactly("Acme", "Beta");
  }

  @Test
  void labelFrequenciesHaveEveryLabelInEveryGroup() {
    List<LabelFrequency> all = rows(Summaries.LABEL_FREQUENCIES, LabelFrequency::fromRow);
    // groups: overall 1, company 3, role_family 4 (data, engineering, sales, unknown), offer 4,
    // month 3
    assertThat(all).hasSize(15 * 19);
    assertThat(all)
        .contains(
            new LabelFrequency(
                "overall", "all", "concern", "experience", 2, 0.4, 2, 1.0, 5, 2, false),
            new LabelFrequency(
                "role_family", "data", "concern", "experience", 2, 1.0, 2, 1.0, 2, 2, false),
            new LabelFrequency(
                "role_family", "sales", "concern", "logistics", 1, 1.0, 0, null, 1, 0, true),
            new LabelFrequency(
                "month", "(unknown)", "feedback", "not_stated", 1, 1.0, 0, null, 1, 0, true),
            new LabelFrequency(
                "offer", "no_offer", "process_issue", "slow", 1, 0.5, 1, 0.5, 2, 2, false),
            new LabelFrequency("company", "Acme", "concern", "fit", 0, 0.0, 0, 0.0, 2, 1, false));
    assertThat(all.stream().map(LabelFrequency::groupValue).distinct().toList())
        .doesNotContain("Gamma")
        .contains("2024-03", "2024-04", "engineering");
  }

  @Test
  void cooccurrenceListsEachPairOnce() {
    assertThat(rows(Summaries.CONCERN_COOCCURRENCE, ConcernPair::fromRow))
        .containsExactly(new ConcernPair("experience", "logistics", 1, 2, 2, 0.5, 0.5));
  }

  @Test
  void quotesAreRankedByAgreeingRulesAndDeduplicated() {
    assertThat(rows(Summaries.EVIDENCE_QUOTES, Quote::fromRow))
        .containsExactly(
            new Quote(
                "experience",
                1,
                SummaryFixtures.S1,
                "r1",
                "Acme",
                0,
                SummaryFixtures.S1.length(),
                List.of("exp.a", "exp.b"),
                2,
                1,
                1),
            new Quote(
                "experience",
                2,
                SummaryFixtures.S2,
                "r3",
                "Beta",
                0,
                SummaryFixtures.S2.length(),
                List.of("exp.senior"),
                1,
                1,
                1),
            new Quote(
                "logistics",
                1,
                SummaryFixtures.S3,
                "r3",
                "Beta",
                40,
                40 + SummaryFixtures.S3.length(),
                List.of("log.start"),
                1,
                2,
                1));
  }

  @Test
  void companyRanksKeepACompanysOwnQuoteOnlyWhenTheCompanyHasAPage() {
    Dataset<Row> prepared =
        SummaryInput.prepared(
            SummaryFixtures.reviews(SparkTestSession.get()), RoleFamilies.standard());
    Function<Long, List<String>> kept =
        minSupport ->
            EvidenceQuotes.evidenceQuotes(prepared, 1, 0.0, 1, minSupport).collectAsList().stream()
                .map(Quote::fromRow)
                .map(q -> q.concern() + " " + q.rank() + " " + q.company() + " " + q.companyRank())
                .toList();
    // Acme and Beta have 2 analysed reviews each: Beta's experience quote, second overall, stays.
    assertThat(kept.apply(2L))
        .containsExactly("experience 1 Acme 1", "experience 2 Beta 1", "logistics 1 Beta 1");
    assertThat(kept.apply(3L)).containsExactly("experience 1 Acme null", "logistics 1 Beta null");
  }

  @Test
  void hearingBackReadsStatedProcessLengths() {
    assertThat(rows(Summaries.HEARING_BACK, HearingBack::fromRow))
        .containsExactly(
            new HearingBack("decision_only", 1, 0.2, 0, 1, 14.0, 14.0),
            new HearingBack("none", 1, 0.2, 0, 0, null, null),
            new HearingBack("not_stated", 1, 0.2, 0, 0, null, null),
            new HearingBack("specific", 2, 0.4, 1, 2, 25.5, 25.5));
  }

  @Test
  void roleFamilyColumnAgreesWithTheDriverSideMapping() {
    RoleFamilies f = RoleFamilies.standard();
    List<String> titles =
        List.of(
            "Senior Backend Engineer",
            "Machine Learning Engineer",
            "Truck Dispatcher",
            "Técnico de laboratorio",
            "Management Trainee",
            "Medical Receptionist");
    Dataset<Row> d =
        SparkTestSession.get()
            .createDataset(titles, org.apache.spark.sql.Encoders.STRING())
            .toDF("role");
    List<String> spark =
        d.select(f.column(d.col("role"))).collectAsList().stream()
            .map(r -> r.getString(0))
            .toList();
    assertThat(spark).containsExactlyElementsOf(titles.stream().map(f::familyOf).toList());
  }
}
