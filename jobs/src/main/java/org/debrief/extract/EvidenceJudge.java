package org.debrief.extract;

/**
 * Second opinion on a rule's evidence: returns it with a probability and the judge's source, or
 * null to drop it. The rules alone keep everything they find.
 */
@FunctionalInterface
public interface EvidenceJudge {
  EvidenceJudge RULES_ONLY = (sentenceIndex, evidence) -> evidence;

  Evidence judge(int sentenceIndex, Evidence evidence);
}
