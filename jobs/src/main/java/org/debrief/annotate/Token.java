package org.debrief.annotate;

/**
 * One token of a review: surface form, lemma, part of speech and character offsets in the review
 * text.
 */
public record Token(String word, String lemma, String pos, int begin, int end) {}
