package org.debrief.common.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The local disk, through java.nio: hard links and atomic moves, and no checksum side files. */
final class LocalStorage implements Storage {
  static final LocalStorage INSTANCE = new LocalStorage();

  private LocalStorage() {}

  @Override
  public boolean exists(Location l) {
    return Files.exists(l.path());
  }

  @Override
  public boolean isDirectory(Location l) {
    return Files.isDirectory(l.path());
  }

  @Override
  public boolean isFile(Location l) {
    return Files.isRegularFile(l.path());
  }

  @Override
  public List<Location> list(Location dir) {
    if (!Files.isDirectory(dir.path())) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir.path())) {
      return s.map(Location::local).sorted().toList();
    } catch (IOException e) {
      throw failure("cannot list", dir, e);
    }
  }

  @Override
  public List<Location> files(Location dir) {
    if (!Files.isDirectory(dir.path())) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir.path())) {
      return s.filter(Files::isRegularFile).map(Location::local).sorted().toList();
    } catch (IOException e) {
      throw failure("cannot list", dir, e);
    }
  }

  @Override
  public void mkdirs(Location dir) {
    try {
      Files.createDirectories(dir.path());
    } catch (IOException e) {
      throw failure("cannot create", dir, e);
    }
  }

  @Override
  public InputStream open(Location file) {
    try {
      return Files.newInputStream(file.path());
    } catch (IOException e) {
      throw failure("cannot read", file, e);
    }
  }

  @Override
  public byte[] readBytes(Location file) {
    try {
      return Files.readAllBytes(file.path());
    } catch (IOException e) {
      throw failure("cannot read", file, e);
    }
  }

  @Override
  public void replace(Location file, byte[] content) {
    Path target = file.path();
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(target.getParent());
      Files.write(tmp, content);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw failure("cannot write", file, e);
    }
  }

  @Override
  public boolean createExclusive(Location file, byte[] content) {
    try {
      Files.createDirectories(file.path().getParent());
      Files.write(file.path(), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw failure("cannot create", file, e);
    }
  }

  @Override
  public void renameOver(Location from, Location to) {
    try {
      Files.move(
          from.path(),
          to.path(),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw failure("cannot move " + from.display() + " over", to, e);
    }
  }

  @Override
  public void move(Location from, Location to) {
    try {
      Files.createDirectories(to.path().getParent());
      Files.move(from.path(), to.path(), StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      throw new TargetExistsException(to, e);
    } catch (IOException e) {
      if (Files.exists(to.path()) && Files.isDirectory(to.path())) {
        // A non-empty folder in the way: Linux says "Directory not empty", not "exists".
        throw new TargetExistsException(to, e);
      }
      throw failure("cannot move " + from.display() + " to", to, e);
    }
  }

  @Override
  public void deleteTree(Location l) {
    Path dir = l.path();
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw failure("cannot delete", l, e);
    }
  }

  @Override
  public FileStamp stamp(Location file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file.path(), BasicFileAttributes.class);
      return new FileStamp(a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException e) {
      throw failure("cannot read", file, e);
    }
  }

  @Override
  public void touch(Location file) {
    try {
      Files.setLastModifiedTime(file.path(), FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      throw failure("cannot touch", file, e);
    }
  }

  @Override
  public void shareTree(Location from, Location to, Set<String> except) {
    Path run = from.path();
    Path staging = to.path();
    try (Stream<Path> files = Files.walk(run)) {
      for (Path f : files.toList()) {
        Path relative = run.relativize(f);
        if (relative.getNameCount() > 0 && except.contains(relative.getName(0).toString())) {
          continue;
        }
        Path target = staging.resolve(relative.toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.createLink(target, f);
        }
      }
    } catch (IOException e) {
      throw failure("cannot link the files of " + from.display() + " into", to, e);
    }
  }

  @Override
  public void shareFile(Location from, Location to) {
    try {
      Files.createLink(to.path(), from.path());
    } catch (IOException e) {
      throw failure("cannot link " + from.display() + " as", to, e);
    }
  }

  @Override
  public void upload(Path from, Location to) {
    if (from.equals(to.path())) {
      return;
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.path().resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (IOException e) {
      throw failure("cannot copy " + from + " to", to, e);
    }
  }

  static UncheckedIOException failure(String what, Location l, IOException e) {
    return new UncheckedIOException(what + " " + l.display() + ": " + e.getMessage(), e);
  }
}
