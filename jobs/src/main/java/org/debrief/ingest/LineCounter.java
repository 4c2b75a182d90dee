package org.debrief.ingest;

import java.util.Arrays;

/** Maps character offsets to 1-based line numbers and back, for one text. */
final class LineCounter {
  private final String content;
  private final int[] lineStarts;

  LineCounter(String content) {
    this.content = content;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  int lineAt(long position) {
    int i = Arrays.binarySearch(lineStarts, (int) Math.min(position, content.length()));
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The offset just past line {@code line} (before its line break), clamped to the text. */
  int endOfLine(long line) {
    if (line >= lineStarts.length) {
      return content.length();
    }
    return Math.max(lineStarts[(int) line] - 1, 0);
  }
}
