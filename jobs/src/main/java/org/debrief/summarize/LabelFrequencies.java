package org.debrief.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.debrief.extract.Taxonomy;

/**
 * How often each concern, feedback outcome and process issue comes up, overall and by company, role
 * family, offer outcome and month. Every taxonomy label gets a row in every group, zero counts
 * included, so a missing row never has to be read as zero.
 */
public final class LabelFrequencies {
  /** Dimension name → the {@link SummaryInput#prepared} column that groups it. */
  public static final Map<String, String> DIMENSIONS = dimensions();

  public static final String CONCERN = "concern";
  public static final String FEEDBACK = "feedback";
  public static final String PROCESS_ISSUE = "process_issue";

  private LabelFrequencies() {}

  private static Map<String, String> dimensions() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("overall", null);
    m.put("company", "company_group");
    m.put("role_family", "role_family");
    m.put("offer", "offer_group");
    m.put("month", "month");
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Label frequencies of {@code prepared} reviews; groups under {@code minSupport} reviews are
   * flagged.
   */
  public static Dataset<Row> labelFrequencies(Dataset<Row> prepared, long minSupport) {
    Dataset<Row> grouped = byDimension(prepared);
    String[] key = {"dimension", "group_value", "label_kind", "label"};
    return everyLabelPerGroup(grouped)
        .join(labelCounts(grouped), key, "left")
        .select(
            col("dimension"),
            col("group_value"),
            col("label_kind"),
            col("label"),
            coalesce(col("reviews"), lit(0L)).as("reviews"),
            coalesce(col("rejected_reviews"), lit(0L)).as("rejected_reviews"),
            col("group_reviews"),
            col("group_rejected"))
        .select(
            col("dimension"),
            col("group_value"),
            col("label_kind"),
            col("label"),
            col("reviews"),
            col("reviews").divide(col("group_reviews")).as("share_of_reviews"),
            col("rejected_reviews"),
            when(col("group_rejected").gt(0), col("rejected_reviews").divide(col("group_rejected")))
                .as("share_of_rejected"),
            col("group_reviews"),
            col("group_rejected"),
            col("group_reviews").lt(minSupport).as("low_support"))
        .orderBy("dimension", "group_value", "label_kind", "label");
  }

  /** Each review once per dimension: (dimension, group_value, rejected, labels). */
  private static Dataset<Row> byDimension(Dataset<Row> prepared) {
    Dataset<Row> grouped = null;
    for (Map.Entry<String, String> d : DIMENSIONS.entrySet()) {
      Column group = d.getValue() == null ? lit("all") : col(d.getValue());
      Dataset<Row> g =
          prepared.select(
              lit(d.getKey()).as("dimension"),
              group.as("group_value"),
              coalesce(col("rejected"), lit(false)).as("rejected"),
              labels().as("labels"));
      grouped = grouped == null ? g : grouped.unionByName(g);
    }
    return grouped;
  }

  private static Column rejectedOne() {
    return when(col("rejected"), 1L).otherwise(0L);
  }

  /** Every taxonomy label in every group, with the group's review and rejection totals. */
  private static Dataset<Row> everyLabelPerGroup(Dataset<Row> grouped) {
    return grouped
        .groupBy("dimension", "group_value")
        .agg(count(lit(1)).as("group_reviews"), sum(rejectedOne()).as("group_rejected"))
        .select(col("*"), explode(allLabels()).as("l"))
        .select(
            col("dimension"),
            col("group_value"),
            col("l.kind").as("label_kind"),
            col("l.label").as("label"),
            col("group_reviews"),
            col("group_rejected"));
  }

  /** Reviews and rejected reviews per group and label that occurs in it. */
  private static Dataset<Row> labelCounts(Dataset<Row> grouped) {
    return grouped
        .select(
            col("dimension"), col("group_value"), col("rejected"), explode(col("labels")).as("l"))
        .groupBy(
            col("dimension"),
            col("group_value"),
            col("l.kind").as("label_kind"),
            col("l.label").as("label"))
        .agg(count(lit(1)).as("reviews"), sum(rejectedOne()).as("rejected_reviews"));
  }

  /**
   * Each review's labels as (kind, label) structs: its concerns, its feedback, its process issues.
   */
  private static Column labels() {
    return concat(
        transform(col("concerns"), c -> struct(lit(CONCERN).as("kind"), c.as("label"))),
        array(struct(lit(FEEDBACK).as("kind"), col("feedback").as("label"))),
        transform(
            col("process_issues"), c -> struct(lit(PROCESS_ISSUE).as("kind"), c.as("label"))));
  }

  private static Column allLabels() {
    List<Column> all = new ArrayList<>();
    Taxonomy.CONCERNS.forEach(l -> all.add(struct(lit(CONCERN).as("kind"), lit(l).as("label"))));
    Taxonomy.FEEDBACK.forEach(l -> all.add(struct(lit(FEEDBACK).as("kind"), lit(l).as("label"))));
    Taxonomy.PROCESS_ISSUES.forEach(
        l -> all.add(struct(lit(PROCESS_ISSUE).as("kind"), lit(l).as("label"))));
    return array(all.toArray(Column[]::new));
  }
}
