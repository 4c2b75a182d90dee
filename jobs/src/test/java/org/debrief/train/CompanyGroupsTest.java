package org.debrief.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyGroupsTest {
  @Test
  void groupsByCompanyName() {
    assertThat(CompanyGroups.of("r-1", "Zillow Group")).isEqualTo(CompanyGroups.ZILLOW);
    assertThat(CompanyGroups.of("r-2", "Tata Consultancy Services")).isEqualTo(CompanyGroups.INDIA);
    assertThat(CompanyGroups.of("r-3", "Deloitte")).isEqualTo(CompanyGroups.INDIA);
    assertThat(CompanyGroups.of("r-4", "Apple")).isEqualTo(CompanyGroups.APPLE_MICROSOFT);
  }

  @Test
  void fallsBackToTheLabelledSetsIdPrefixWhenTheCompanyIsMissing() {
    assertThat(CompanyGroups.of("msf-0003", null)).isEqualTo(CompanyGroups.APPLE_MICROSOFT);
    assertThat(CompanyGroups.of("acn-0007", "")).isEqualTo(CompanyGroups.INDIA);
  }

  @Test
  void aReviewWithNeitherCompanyNorPrefixIsUnnamed() {
    assertThat(CompanyGroups.of("r-0abc", null)).isEqualTo(CompanyGroups.UNNAMED);
  }

  @Test
  void anyOtherCompanyIsASamplesCompany() {
    assertThat(CompanyGroups.of("smp-0001", "Northwind Analytics"))
        .isEqualTo(CompanyGroups.SAMPLES);
  }

  @Test
  void theCorpusEmployersFallIntoFoldsBySector() {
    assertThat(CompanyGroups.of("r-5", "Google")).isEqualTo("google_facebook");
    assertThat(CompanyGroups.of("r-6", "eBay")).isEqualTo("consumer_internet");
    assertThat(CompanyGroups.of("r-7", "Bank of America")).isEqualTo("enterprise_finance");
    assertThat(CompanyGroups.of("gsc-splunk-0012", null)).isEqualTo("enterprise_finance");
  }

  @Test
  void aNameInsideAnotherWordIsNotThatCompany() {
    // "Intel" must not claim an invented "Intelligent …"; "SAP" not "Sapient …".
    assertThat(CompanyGroups.of("r-8", "Intelligent Freight")).isEqualTo(CompanyGroups.SAMPLES);
    assertThat(CompanyGroups.of("r-9", "Sapient Labs")).isEqualTo(CompanyGroups.SAMPLES);
  }

  @Test
  void theHeadlineFoldsAreTheOnesNoRuleWasTunedOn() {
    assertThat(CompanyGroups.neverTuned())
        .containsExactly(
            "tcs_accenture_deloitte",
            "apple_microsoft",
            "google_facebook",
            "consumer_internet",
            "enterprise_finance");
    assertThat(CompanyGroups.tunedOn(CompanyGroups.ZILLOW)).isTrue();
    assertThat(CompanyGroups.tunedOn(CompanyGroups.SAMPLES)).isTrue();
    assertThat(CompanyGroups.ALL).endsWith(CompanyGroups.UNNAMED).hasSize(8);
  }
}
