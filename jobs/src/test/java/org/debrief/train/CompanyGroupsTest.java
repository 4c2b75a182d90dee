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
}
