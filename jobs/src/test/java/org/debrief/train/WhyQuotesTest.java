package org.debrief.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhyQuotesTest {
  @Test
  void splitsQuotesAndKeepsApostrophesInsideWords() {
    assertThat(WhyQuotes.quotes("'they didn't call back'; 'took two months' and more"))
        .containsExactly(
            List.of("they", "didn", "t", "call", "back"), List.of("took", "two", "months"));
  }

  @Test
  void takesTheWholeTextWhenNothingIsQuoted() {
    assertThat(WhyQuotes.quotes("ghosted after the onsite"))
        .containsExactly(List.of("ghosted", "after", "the", "onsite"));
    assertThat(WhyQuotes.quotes("")).isEmpty();
  }

  @Test
  void pointsAtTheSentenceThatHoldsTheQuote() {
    var quotes = WhyQuotes.quotes("'never heard back from the recruiter'");
    assertThat(WhyQuotes.supports("Sadly I never heard back from the recruiter.", quotes)).isTrue();
    assertThat(WhyQuotes.supports("The recruiter was friendly on the phone.", quotes)).isFalse();
  }

  @Test
  void pointsAtEachSentenceOfAQuoteThatSpansTwo() {
    var quotes = WhyQuotes.quotes("'They said no. The team wanted a senior engineer'");
    assertThat(WhyQuotes.supports("They said no.", quotes)).isTrue();
    assertThat(WhyQuotes.supports("The team wanted a senior engineer.", quotes)).isTrue();
    assertThat(WhyQuotes.supports("Lunch was fine.", quotes)).isFalse();
  }
}
