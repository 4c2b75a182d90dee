package org.debrief.report;

import java.util.ArrayList;
import java.util.List;
import org.debrief.summarize.HearingBack;
import org.debrief.summarize.LabelFrequencies;
import org.debrief.summarize.LabelFrequency;
import org.jfree.chart.JFreeChart;

/** The report's charts, drawn once: SVG for the page, PNG for the notebook. */
record ReportCharts(
    String concernsSvg,
    String feedbackSvg,
    String processSvg,
    byte[] concernsPng,
    byte[] feedbackPng) {
  static final int WIDTH = 720;

  static ReportCharts draw(SummaryTables t) {
    ReportFacts facts = new ReportFacts(t.labels());
    List<LabelFrequency> concerns = facts.overallByCount(LabelFrequencies.CONCERN);
    JFreeChart concernChart =
        Charts.bars(labels(concerns), counts(concerns), "reviews raising the concern");
    List<String> outcomes = new ArrayList<>();
    List<Long> outcomeCounts = new ArrayList<>();
    for (HearingBack h : ReportFacts.inTaxonomyOrder(t.hearingBack())) {
      outcomes.add(Format.label(h.feedback()));
      outcomeCounts.add(h.reviews());
    }
    JFreeChart feedbackChart = Charts.bars(outcomes, outcomeCounts, "reviews");
    List<LabelFrequency> issues = facts.rows("overall", LabelFrequencies.PROCESS_ISSUE);
    JFreeChart processChart =
        Charts.bars(labels(issues), counts(issues), "reviews complaining of it");
    int concernHeight = Charts.heightFor(concerns.size());
    int feedbackHeight = Charts.heightFor(outcomes.size());
    return new ReportCharts(
        Charts.svg(concernChart, WIDTH, concernHeight, "chart-concerns"),
        Charts.svg(feedbackChart, WIDTH, feedbackHeight, "chart-feedback"),
        Charts.svg(processChart, WIDTH, Charts.heightFor(issues.size()), "chart-process"),
        Charts.png(concernChart, WIDTH, concernHeight),
        Charts.png(feedbackChart, WIDTH, feedbackHeight));
  }

  private static List<String> labels(List<LabelFrequency> rows) {
    return rows.stream().map(l -> Format.label(l.label())).toList();
  }

  private static List<Long> counts(List<LabelFrequency> rows) {
    return rows.stream().map(LabelFrequency::reviews).toList();
  }
}
