package no.planvev.output.atom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin, indenting wrapper over the JDK's XMLStreamWriter; UTF-8, LF line ends. */
final class XmlOut {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XMLStreamWriter w;
  private int depth;
  private boolean hasChildren = true;

  XmlOut() {
    try {
      w =
          XMLOutputFactory.newDefaultFactory()
              .createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      w.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One write to the stream; a stream error is a bug here (it writes to memory). */
  private interface Step {
    void run() throws XMLStreamException;
  }

  private XmlOut write(Step step) {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens an element on a new, indented line. */
  XmlOut start(String name) {
    return write(
        () -> {
          indent();
          w.writeStartElement(name);
          depth++;
          hasChildren = false;
        });
  }

  /** Declares the default namespace of the element just opened. */
  XmlOut namespace(String uri) {
    return write(() -> w.writeDefaultNamespace(uri));
  }

  XmlOut attr(String name, String value) {
    return write(() -> w.writeAttribute(name, clean(value)));
  }

  /** Text content of the element just opened, as it is (no indentation). */
  XmlOut text(String text) {
    return write(() -> w.writeCharacters(clean(text)));
  }

  XmlOut end() {
    return write(
        () -> {
          depth--;
          if (hasChildren) indent();
          w.writeEndElement();
          hasChildren = true;
        });
  }

  /** A whole element with text content (or none, when text is null). */
  XmlOut element(String name, String text) {
    return write(
        () -> {
          indent();
          w.writeStartElement(name);
          if (text != null) w.writeCharacters(clean(text));
          w.writeEndElement();
          hasChildren = true;
        });
  }

  /** An empty element with attributes given as name, value pairs. */
  XmlOut empty(String name, String... attrs) {
    return write(
        () -> {
          indent();
          w.writeEmptyElement(name);
          for (int i = 0; i < attrs.length; i += 2) w.writeAttribute(attrs[i], clean(attrs[i + 1]));
          hasChildren = true;
        });
  }

  byte[] finish() {
    write(
        () -> {
          w.writeEndDocument();
          w.writeCharacters("\n");
          w.flush();
          w.close();
        });
    return bytes.toByteArray();
  }

  private void indent() throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Drops characters XML 1.0 cannot hold (controls but tab and newline). */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> c == '\t' || c == '\n' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
        .forEach(sb::appendCodePoint);
    return sb.toString().replace("\r", "");
  }
}
