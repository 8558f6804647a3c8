package no.planvev.diag;

/**
 * A place in a content file: path relative to the content folder, 1-based line and column. Line 0
 * means "the whole file".
 */
public record SourcePos(String path, int line, int column) {

  public SourcePos {
    if (path == null) throw new IllegalArgumentException("path");
    if (line < 0 || column < 0) throw new IllegalArgumentException("negative position");
  }

  public static SourcePos file(String path) {
    return new SourcePos(path, 0, 0);
  }

  @Override
  public String toString() {
    return line == 0 ? path : path + ":" + line + ":" + column;
  }
}
