package org.debrief.cli;

import org.debrief.common.fs.Location;
import picocli.CommandLine.ITypeConverter;

/** A path option: a plain local path, or any Hadoop file-system URI (hdfs://, s3a://, file:). */
final class LocationConverter implements ITypeConverter<Location> {
  @Override
  public Location convert(String value) {
    return Location.of(value);
  }
}
