package org.debrief.annotate;

/**
 * CoreNLP's five sentiment classes, in the order of its predicted class index, with taxonomy ids.
 */
public enum SentimentClass {
  VERY_NEGATIVE("very_negative", -1.0),
  NEGATIVE("negative", -0.5),
  NEUTRAL("neutral", 0.0),
  POSITIVE("positive", 0.5),
  VERY_POSITIVE("very_positive", 1.0);

  private final String id;
  private final double score;

  SentimentClass(String id, double score) {
    this.id = id;
    this.score = score;
  }

  public String id() {
    return id;
  }

  /** The class's place on the −1 … 1 scale of {@code sentiment_score}. */
  public double score() {
    return score;
  }

  /**
   * The three-way polarity candidates rate with: {@code negative}, {@code neutral} or {@code
   * positive}.
   */
  public String polarity() {
    return score < 0 ? "negative" : score > 0 ? "positive" : "neutral";
  }

  public static SentimentClass ofIndex(int index) {
    return values()[index];
  }

  public static SentimentClass ofId(String id) {
    for (SentimentClass c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown sentiment id '" + id + "'");
  }
}
