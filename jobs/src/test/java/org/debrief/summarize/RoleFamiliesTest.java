package org.debrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleFamiliesTest {
  private static final RoleFamilies FAMILIES = RoleFamilies.standard();

  @ParameterizedTest
  @CsvSource({
    "Senior Backend Engineer, engineering",
    "Machine Learning Engineer, data",
    "Business Intelligence Developer, data",
    "Product Manager, product",
    "Field Sales Representative, sales",
    "Customer Support Agent, customer_support",
    "Medical Receptionist, healthcare",
    "Credit Risk Analyst, finance",
    "Supply Chain Analyst, operations",
    "Truck Dispatcher, operations",
    "HR Generalist, people_hr",
    "Technical Writer, content_marketing",
    "Técnico de laboratorio, science_research",
    "Associate Consultant, consulting_business",
    "Management Trainee, other",
    "'   ', unknown"
  })
  void mapsTitlesToTheFirstMatchingFamily(String title, String family) {
    assertThat(FAMILIES.familyOf(title)).isEqualTo(family);
  }

  @ParameterizedTest
  @CsvSource({"Agent of change, other", "Datacenter Technician, operations"})
  void matchesWholeWordsOnly(String title, String family) {
    assertThat(FAMILIES.familyOf(title)).isEqualTo(family);
  }
}
