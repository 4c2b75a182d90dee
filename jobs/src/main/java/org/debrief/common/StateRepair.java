package org.debrief.common;

/**
 * A state entry found damaged when read and set aside, as the manifest records it.
 *
 * @param entry the entry's path under the state folder
 * @param reason what did not verify
 * @param movedTo where it now lies, under the state's {@code damaged/} folder
 */
public record StateRepair(String entry, String reason, String movedTo) {}
