package org.debrief.extract;

import java.util.List;

/**
 * A run of tokens of one sentence, {@code start} inclusive, {@code end} exclusive.
 *
 * @param skipped positions inside the span that a gap ({@code ~N}) passed over rather than a token
 *     test matched; a negation there still negates the match ("got no feedback")
 */
record Span(int start, int end, List<Integer> skipped) {}
