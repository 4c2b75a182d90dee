package org.debrief.common.fs;

import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file or folder on any file system Hadoop knows: local ({@code file:} or a plain path), {@code
 * hdfs://}, {@code s3a://} and whatever the cluster's configuration adds. Its text is the fully
 * qualified URI, so Spark reads the same place on every node whatever the default file system is.
 */
public final class Location implements Serializable, Comparable<Location> {
  private static final long serialVersionUID = 1L;
  // Two letters or more: "C:" is a drive, not a scheme.
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  private final String scheme;
  private final String authority;
  private final String path;

  private Location(String scheme, String authority, String path) {
    this.scheme = scheme;
    this.authority = authority == null ? "" : authority;
    this.path = normalize(path);
  }

  /** A command-line argument: a URI with a scheme, or a plain path on the local disk. */
  public static Location of(String arg) {
    if (SCHEME.matcher(arg).matches()) {
      // Hadoop's parser: it takes names with spaces and other characters URI.create refuses.
      URI uri = new org.apache.hadoop.fs.Path(arg).toUri();
      String p = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
      if ("file".equals(uri.getScheme())) {
        return local(java.nio.file.Path.of(p));
      }
      String authority = uri.getAuthority();
      if (authority == null || authority.isEmpty()) {
        // hdfs:///data means the cluster's default namenode: name it, so every node agrees.
        authority = HadoopStorage.defaultAuthority(uri);
      }
      return new Location(uri.getScheme(), authority, p);
    }
    return local(java.nio.file.Path.of(arg));
  }

  public static Location local(java.nio.file.Path p) {
    return new Location("file", "", p.toAbsolutePath().normalize().toString());
  }

  public Location resolve(String relative) {
    if (relative.isEmpty()) {
      return this;
    }
    return new Location(
        scheme, authority, path.equals("/") ? "/" + relative : path + "/" + relative);
  }

  /** A sibling with another name: {@code x/reviews} → {@code x/.reviews.staging}. */
  public Location sibling(String name) {
    return parent().resolve(name);
  }

  public Location parent() {
    int slash = path.lastIndexOf('/');
    return new Location(scheme, authority, slash <= 0 ? "/" : path.substring(0, slash));
  }

  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public String scheme() {
    return scheme;
  }

  public boolean isLocal() {
    return scheme.equals("file");
  }

  /** The local path; only for a location on the local disk. */
  public java.nio.file.Path path() {
    if (!isLocal()) {
      throw new IllegalStateException(this + " is not on the local disk");
    }
    return java.nio.file.Path.of(path);
  }

  /** The path below this location's root, for {@code child} under this location. */
  public String relativize(Location child) {
    if (child.equals(this)) {
      return "";
    }
    String prefix = path.equals("/") ? "/" : path + "/";
    if (!child.scheme.equals(scheme)
        || !child.authority.equals(authority)
        || !child.path.startsWith(prefix)) {
      throw new IllegalArgumentException(child + " is not under " + this);
    }
    return child.path.substring(prefix.length());
  }

  public URI uri() {
    try {
      return new URI(scheme, authority.isEmpty() ? null : authority, path, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(toString(), e);
    }
  }

  /** For messages: a plain path for the local disk, the URI otherwise. */
  public String display() {
    return isLocal() ? path : toString();
  }

  public Storage storage() {
    return isLocal() ? LocalStorage.INSTANCE : HadoopStorage.forLocation(this);
  }

  // The operations, so that callers read as `run.resolve("x").exists()`.

  public boolean exists() {
    return storage().exists(this);
  }

  public boolean isDirectory() {
    return storage().isDirectory(this);
  }

  public boolean isFile() {
    return storage().isFile(this);
  }

  /** The entries directly under this folder, in name order; none when it does not exist. */
  public List<Location> list() {
    return storage().list(this);
  }

  /** Every file under this folder, at any depth, in name order. */
  public List<Location> files() {
    return storage().files(this);
  }

  public Location mkdirs() {
    storage().mkdirs(this);
    return this;
  }

  public InputStream open() {
    return storage().open(this);
  }

  public byte[] readBytes() {
    return storage().readBytes(this);
  }

  public String readString() {
    return new String(readBytes(), StandardCharsets.UTF_8);
  }

  /** Writes the file so a reader sees the old content or the new, never half of it. */
  public void replace(String text) {
    storage().replace(this, text.getBytes(StandardCharsets.UTF_8));
  }

  public void deleteTree() {
    storage().deleteTree(this);
  }

  /** Renames to {@code target}, which must not exist. */
  public void moveTo(Location target) {
    storage().move(this, target);
  }

  public FileStamp stamp() {
    return storage().stamp(this);
  }

  @Override
  public String toString() {
    if (isLocal()) {
      return "file:" + path;
    }
    return scheme + "://" + authority + path;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && l.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public int compareTo(Location o) {
    return toString().compareTo(o.toString());
  }

  private static String normalize(String p) {
    String s = p.replaceAll("/+", "/");
    if (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.startsWith("/") ? s : "/" + s;
  }
}
