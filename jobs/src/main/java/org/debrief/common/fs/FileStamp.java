package org.debrief.common.fs;

/** A file's size and modification time: enough to tell that it has not changed. */
public record FileStamp(long size, long modifiedMillis) {}
