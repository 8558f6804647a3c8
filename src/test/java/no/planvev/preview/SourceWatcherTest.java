package no.planvev.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The resource of a try block is there only to be closed.
@SuppressWarnings("try")
class SourceWatcherTest {

  @TempDir Path dir;

  private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

  private Set<Path> nextBatch() throws InterruptedException {
    Set<Path> b = batches.poll(10, TimeUnit.SECONDS);
    if (b == null) throw new AssertionError("no change reported");
    return b;
  }

  private SourceWatcher watch(Path... roots) throws Exception {
    return SourceWatcher.start(List.of(roots), Duration.ofMillis(100), batches::add);
  }

  @Test
  void aBurstOfSavesGivesOneBatch() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content/pages"));
    // A generous quiet period, so that a slow machine still writes all ten within it.
    try (var w =
        SourceWatcher.start(
            List.of(dir.resolve("content")), Duration.ofMillis(400), batches::add)) {
      for (int i = 0; i < 10; i++) {
        Files.writeString(content.resolve("om.nb.md"), "---\ntitle: Om " + i + "\n---\n");
      }
      Set<Path> batch = nextBatch();
      assertTrue(batch.contains(content.resolve("om.nb.md").toAbsolutePath()), batch.toString());
      assertNull(batches.poll(800, TimeUnit.MILLISECONDS), "one batch only");
    }
  }

  @Test
  void seesNewFoldersAndFilesInThemAndDeletedFolders() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    try (var w = watch(content)) {
      Path folder = Files.createDirectories(content.resolve("projects/nytt"));
      nextBatch();
      // A file in a folder made after watching started is seen too.
      Files.writeString(folder.resolve("project.yaml"), "title: Nytt\n");
      Set<Path> batch = nextBatch();
      while (!batch.contains(folder.resolve("project.yaml"))) batch = nextBatch();
      Files.delete(folder.resolve("project.yaml"));
      Files.delete(folder);
      Files.delete(content.resolve("projects"));
      Set<Path> gone = nextBatch();
      assertFalse(gone.isEmpty());
    }
  }

  @Test
  void watchesTemplatesTooAndSkipsMissingFolders() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    try (var w = watch(content, templates, dir.resolve("does-not-exist"))) {
      Files.writeString(templates.resolve("page.ftlh"), "<p>x</p>");
      assertTrue(nextBatch().contains(templates.resolve("page.ftlh")));
    }
  }

  @Test
  void ignoresEditorDroppings() throws Exception {
    Path root = Path.of("/c");
    assertTrue(SourceWatcher.ignored(root, Path.of("/c/pages/.om.nb.md.swp")));
    assertTrue(SourceWatcher.ignored(root, Path.of("/c/.git/index")));
    assertTrue(SourceWatcher.ignored(root, Path.of("/c/pages/om.nb.md~")));
    assertTrue(SourceWatcher.ignored(root, Path.of("/c/pages/4913")));
    assertFalse(SourceWatcher.ignored(root, Path.of("/c/pages/om.nb.md")));
    assertFalse(SourceWatcher.ignored(Path.of("/home/.x/c"), Path.of("/home/.x/c/site.yaml")));
  }

  @Test
  void changesDuringARebuildGiveAnotherRebuild() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    BlockingQueue<Set<Path>> seen = new LinkedBlockingQueue<>();
    try (var w =
        SourceWatcher.start(
            List.of(content),
            Duration.ofMillis(50),
            changed -> {
              seen.add(changed);
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            })) {
      Files.writeString(content.resolve("a.md"), "a");
      assertTrue(seen.poll(10, TimeUnit.SECONDS).contains(content.resolve("a.md")));
      Files.writeString(content.resolve("b.md"), "b");
      Set<Path> second = seen.poll(10, TimeUnit.SECONDS);
      assertTrue(second != null && second.contains(content.resolve("b.md")), "" + second);
      assertEquals(0, seen.size());
    }
  }
}
