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

  XMLStreamWriter raw() {
    return w;
  }

  /** Opens an element on a new, indented line. */
  XmlOut start(String name) {
    try {
      indent();
      w.writeStartElement(name);
      depth++;
      hasChildren = false;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut attr(String name, String value) {
    try {
      w.writeAttribute(name, clean(value));
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut end() {
    try {
      depth--;
      if (hasChildren) indent();
      w.writeEndElement();
      hasChildren = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A whole element with text content (or none, when text is null). */
  XmlOut element(String name, String text) {
    try {
      indent();
      w.writeStartElement(name);
      if (text != null) w.writeCharacters(clean(text));
      w.writeEndElement();
      hasChildren = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An empty element with attributes given as name, value pairs. */
  XmlOut empty(String name, String... attrs) {
    try {
      indent();
      w.writeEmptyElement(name);
      for (int i = 0; i < attrs.length; i += 2) w.writeAttribute(attrs[i], clean(attrs[i + 1]));
      hasChildren = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] finish() {
    try {
      w.writeEndDocument();
      w.writeCharacters("\n");
      w.flush();
      w.close();
      return bytes.toByteArray();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
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
