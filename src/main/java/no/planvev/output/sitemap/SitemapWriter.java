package no.planvev.output.sitemap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.planvev.model.Content;
import no.planvev.model.Urls;
import no.planvev.output.OutputFile;
import no.planvev.output.PageGroup;

/**
 * Writes {@code sitemap.xml} and {@code robots.txt}. Every language version of every page is one
 * {@code <url>}, listing every version of its page (itself included) as an {@code xhtml:link
 * rel="alternate" hreflang=".."}, plus {@code x-default} for the default language's version (or the
 * first version when the page has none in the default language); so the links are reciprocal by
 * construction. Languages come in site order; a path listed twice is written once.
 */
public final class SitemapWriter {

  static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  private SitemapWriter() {}

  /** Both files: {@code sitemap.xml} and {@code robots.txt}. */
  public static List<OutputFile> write(
      Content content, Urls urls, LocalDate buildDate, List<PageGroup> pages) {
    return List.of(sitemap(content, urls, pages), robots(urls));
  }

  /** {@code sitemap.xml} for the given pages (paths as from {@link Urls}). */
  public static OutputFile sitemap(Content content, Urls urls, List<PageGroup> pages) {
    List<String> siteLangs = content.site().languageCodes();
    String def = content.site().defaultLanguage();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w =
          XMLOutputFactory.newDefaultFactory()
              .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("urlset");
      w.writeDefaultNamespace(SITEMAP_NS);
      w.writeNamespace("xhtml", XHTML_NS);
      Set<String> written = new HashSet<>();
      for (PageGroup g : pages) {
        List<String> langs = ordered(g, siteLangs);
        String xDefault = g.pathByLang().containsKey(def) ? def : langs.get(0);
        for (String lang : langs) {
          String loc = urls.absolute(g.pathByLang().get(lang));
          if (!written.add(loc)) continue;
          w.writeCharacters("\n  ");
          w.writeStartElement("url");
          w.writeCharacters("\n    ");
          w.writeStartElement("loc");
          w.writeCharacters(loc);
          w.writeEndElement();
          for (String alt : langs) link(w, alt, urls.absolute(g.pathByLang().get(alt)));
          link(w, "x-default", urls.absolute(g.pathByLang().get(xDefault)));
          w.writeCharacters("\n  ");
          w.writeEndElement();
        }
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndDocument();
      w.writeCharacters("\n");
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return new OutputFile(Urls.sitemap(), out.toByteArray());
  }

  private static void link(XMLStreamWriter w, String hreflang, String href)
      throws XMLStreamException {
    w.writeCharacters("\n    ");
    w.writeEmptyElement("xhtml", "link", XHTML_NS);
    w.writeAttribute("rel", "alternate");
    w.writeAttribute("hreflang", hreflang);
    w.writeAttribute("href", href);
  }

  /** The group's languages: site languages first, in site order, then any others by code. */
  static List<String> ordered(PageGroup g, List<String> siteLangs) {
    List<String> langs = new ArrayList<>();
    for (String l : siteLangs) if (g.pathByLang().containsKey(l)) langs.add(l);
    for (String l : g.pathByLang().keySet()) if (!langs.contains(l)) langs.add(l);
    return langs;
  }

  /**
   * {@code robots.txt}: allows everything and names the sitemap. Crawlers read it only at the root
   * of a host, so it does its job only when {@code base_url} has no path.
   */
  public static OutputFile robots(Urls urls) {
    return OutputFile.utf8(
        Urls.robots(),
        "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(Urls.sitemap()) + "\n");
  }
}
