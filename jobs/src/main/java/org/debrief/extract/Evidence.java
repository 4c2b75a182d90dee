package org.debrief.extract;

/**
 * Why a label was given: the sentence it came from, its character offsets in the review text and
 * the id of the rule that fired.
 */
public record Evidence(String label, String sentence, int begin, int end, String rule) {}
