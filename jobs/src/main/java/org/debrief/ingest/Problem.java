package org.debrief.ingest;

import java.io.Serializable;

/** Why a record or file was quarantined: a stable reason id and a human detail. */
public record Problem(QuarantineReason reason, String detail) implements Serializable {}
