package no.planvev.source;

import no.planvev.validate.Problems;
import org.junit.jupiter.api.Test;

class ScratchTest {
  void show(String yaml) {
    Problems p = new Problems();
    long t = System.nanoTime();
    YNode n = Yaml.read(yaml, "x.yaml", 0, p);
    System.out.println("---\n" + (yaml.length() > 200 ? yaml.substring(0, 200) : yaml) + "\n=> " + p.all() + " " + (n == null ? "null" : n.getClass().getSimpleName()) + " " + (System.nanoTime() - t) / 1000000 + "ms");
  }

  @Test
  void scratch() {
    show("title: a\n  base_url: b\n");
    show("title: a\nlanguages:\n  - code: nb\n   name: x\n");
    show("a:\n  b: 1\n c: 2\n");
    show("a:\n    b: 1\n  c: 2\n");
    show("a: [1, 2\nb: 3\n");
    show("a: {x: 1\n");
    show("a: 'x\nb: 2\n");
    show("- a\nb: 1\n");
    show("a: b: c\n");
    show("a: @x\n");
    show("a: `x\n");
    show("a: x\n---\nb: 2\n");
    show("a: !!binary x\n");
    show("a: !foo x\n");
    show("a: \"\\q\"\n");
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'i'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) bomb.append(i > 0 ? "," : "").append("*").append(prev);
      bomb.append("]\n");
      prev = String.valueOf(c);
    }
    show(bomb.toString());
    show("a: " + "x".repeat(4_000_000) + "\n");
    show("a: " + "x".repeat(200_000) + "\n");
    show("[".repeat(5000) + "]".repeat(5000));
  }
}
