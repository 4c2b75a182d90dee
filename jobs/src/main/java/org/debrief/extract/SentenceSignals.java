package org.debrief.extract;

import java.util.Set;

/**
 * What the rules saw in one sentence, as features for the learned layer: labels whose rules fired,
 * labels whose rules matched but a guard blocked, and the cue kinds present (negation, the
 * candidate as subject, an employer frame, …).
 */
public record SentenceSignals(Set<String> fired, Set<String> blocked, Set<String> cues) {}
