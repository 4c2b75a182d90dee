package org.debrief.extract;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** The columns extract adds to {@code reviews/}, and an {@link Extraction} as their values. */
public final class ExtractionRows {
  public static final StructType EVIDENCE =
      new StructType()
          .add("label", StringType, false)
          .add("sentence", StringType, false)
          .add("begin", IntegerType, false)
          .add("end", IntegerType, false)
          .add("rule", StringType, false)
          // How often this rule's evidence was right on labelled reviews (RulePrecision).
          .add("probability", DoubleType, false);

  public static final String TAXONOMY_VERSION = "taxonomy_version";

  /** Added columns; all null for reviews that were not annotated (not English). */
  public static final StructType COLUMNS =
      new StructType()
          .add("concerns", createArrayType(StringType, false))
          .add("feedback", StringType)
          .add("process_issues", createArrayType(StringType, false))
          .add("followed_up", BooleanType)
          .add("evidence", createArrayType(EVIDENCE, false))
          .add(TAXONOMY_VERSION, StringType, false);

  private ExtractionRows() {}

  /** The added columns' values, in {@link #COLUMNS} order; null extraction means "not analysed". */
  public static Object[] values(Extraction e) {
    if (e == null) {
      return new Object[] {null, null, null, null, null, Taxonomy.VERSION};
    }
    List<Row> evidence = new ArrayList<>();
    for (Evidence ev : e.evidence()) {
      evidence.add(
          RowFactory.create(
              ev.label(), ev.sentence(), ev.begin(), ev.end(), ev.rule(), ev.probability()));
    }
    return new Object[] {
      seq(e.concerns()),
      e.feedback(),
      seq(e.processIssues()),
      e.followedUp(),
      seq(evidence),
      Taxonomy.VERSION
    };
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
