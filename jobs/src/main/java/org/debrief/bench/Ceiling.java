package org.debrief.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.debrief.annotate.ReviewAnnotator;

/**
 * The ceiling: plain CoreNLP with exactly Debrief's annotators and settings over the same texts,
 * all cores busy, no Spark.
 */
public final class Ceiling {
  private Ceiling() {}

  /** Reviews/s and sentences/s. */
  public record Result(int reviews, long sentences, double seconds, int threads) {
    public double reviewsPerSecond() {
      return reviews / seconds;
    }

    public double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  public static Result measure(List<String> texts, int threads) throws Exception {
    ReviewAnnotator annotator = ReviewAnnotator.shared();
    for (String t : texts.subList(0, Math.min(10, texts.size()))) {
      annotator.annotate(t); // warm-up: JIT and lazily loaded model parts
    }
    AtomicInteger next = new AtomicInteger();
    AtomicLong sentences = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      Runnable worker =
          () -> {
            for (int k; (k = next.getAndIncrement()) < texts.size(); ) {
              sentences.addAndGet(annotator.annotate(texts.get(k)).size());
            }
          };
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(pool.submit(worker));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Result(texts.size(), sentences.get(), (System.nanoTime() - start) / 1e9, threads);
  }
}
