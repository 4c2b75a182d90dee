package org.debrief.annotate;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code sentences/} schema and the conversions between its rows and {@link AnnotatedSentence}.
 */
public final class SentenceRows {
  public static final StructType TOKEN =
      new StructType()
          .add("word", StringType, false)
          .add("lemma", StringType)
          .add("pos", StringType)
          .add("begin", IntegerType, false)
          .add("end", IntegerType, false);

  public static final StructType SCHEMA =
      new StructType()
          .add("review_id", StringType, false)
          .add("index", IntegerType, false)
          .add("begin", IntegerType, false)
          .add("end", IntegerType, false)
          .add("text", StringType, false)
          .add("sentiment", StringType)
          .add("probabilities", createArrayType(DoubleType, false), false)
          .add("flags", createArrayType(StringType, false), false)
          .add("phrase_probabilities", createArrayType(DoubleType, false), false)
          .add("tokens", createArrayType(TOKEN, false), false);

  private SentenceRows() {}

  public static Row toRow(String reviewId, AnnotatedSentence s) {
    List<Row> tokens = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      tokens.add(RowFactory.create(t.word(), t.lemma(), t.pos(), t.begin(), t.end()));
    }
    return RowFactory.create(
        reviewId,
        s.index(),
        s.begin(),
        s.end(),
        s.text(),
        s.sentiment(),
        scala(s.probabilities()),
        scala(s.flags()),
        scala(s.phraseProbabilities()),
        scala(tokens));
  }

  /** A sentence from a {@code sentences/} row (any column order). */
  public static AnnotatedSentence fromRow(Row r) {
    List<Token> tokens = new ArrayList<>();
    for (Row t : r.<Row>getList(r.fieldIndex("tokens"))) {
      tokens.add(
          new Token(
              t.getAs("word"),
              t.getAs("lemma"),
              t.getAs("pos"),
              t.<Integer>getAs("begin"),
              t.<Integer>getAs("end")));
    }
    return new AnnotatedSentence(
        r.<Integer>getAs("index"),
        r.<Integer>getAs("begin"),
        r.<Integer>getAs("end"),
        r.getAs("text"),
        tokens,
        r.getAs("sentiment"),
        List.copyOf(r.<Double>getList(r.fieldIndex("probabilities"))),
        List.copyOf(r.<String>getList(r.fieldIndex("flags"))),
        List.copyOf(r.<Double>getList(r.fieldIndex("phrase_probabilities"))));
  }

  private static <T> scala.collection.immutable.Seq<T> scala(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
