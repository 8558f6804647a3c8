package no.planvev.render;

import java.util.List;
import java.util.Map;

/**
 * The values every template gets: the chrome around the page ({@link Chrome#common}), what the
 * route offers beyond its content (embed box, calendars and feeds, an embed page's frame) and the
 * page's own values, {@code p}. A component that is null is missing for the template. {@code ui},
 * {@code uiLang} and {@code langNames} are only looked up by key, so their {@code equals} (which
 * ignores order) is the right one for the page memo.
 */
record ChromeModel(
    String lang,
    Map<String, String> ui,
    Map<String, String> uiLang,
    Map<String, String> langNames,
    Site site,
    String css,
    String dataHref,
    List<MenuItem> menu,
    List<MenuItem> footerMenu,
    List<Switch> switcher,
    List<Alternate> alternates,
    String canonical,
    Sharing.Tags share,
    String group,
    Embeds.Offer embed,
    Embeds.Frame frame,
    List<Offers.Link> subscribe,
    List<Offers.Link> feeds,
    Record p) {

  /** The site's title, home link, publisher and accessibility statement link. */
  record Site(View.Txt title, String homeHref, Publisher publisher, String a11yHref) {}

  /** Who publishes the site; {@code url} and {@code email} may be null. */
  record Publisher(View.Txt name, String url, String email) {}

  /**
   * An entry of the main menu: {@code current} is "page", "true" (a page under it) or "false";
   * {@code page}: a content page (shown in the footer, and in the header on phones only).
   */
  record MenuItem(View.Txt label, String href, String current, boolean page) {}

  /** A link to this page in another language. */
  record Switch(String code, String name, String href) {}

  /** An {@code hreflang} link (absolute). */
  record Alternate(String hreflang, String href) {}

  ChromeModel withCanonical(String url) {
    return route(url, share, embed, frame, subscribe, feeds, p);
  }

  ChromeModel withShare(Sharing.Tags tags) {
    return route(canonical, tags, embed, frame, subscribe, feeds, p);
  }

  ChromeModel withEmbed(Embeds.Offer offer) {
    return route(canonical, share, offer, frame, subscribe, feeds, p);
  }

  ChromeModel withFrame(Embeds.Frame f) {
    return route(canonical, share, embed, f, subscribe, feeds, p);
  }

  ChromeModel withSubscribe(List<Offers.Link> links) {
    return route(canonical, share, embed, frame, links, feeds, p);
  }

  ChromeModel withFeeds(List<Offers.Link> links) {
    return route(canonical, share, embed, frame, subscribe, links, p);
  }

  /** These values around the page values {@code page}. */
  ChromeModel withPage(Record page) {
    return route(canonical, share, embed, frame, subscribe, feeds, page);
  }

  /** The same chrome with the values a route sets (the rest is the same on every page). */
  private ChromeModel route(
      String canonical,
      Sharing.Tags share,
      Embeds.Offer embed,
      Embeds.Frame frame,
      List<Offers.Link> subscribe,
      List<Offers.Link> feeds,
      Record p) {
    return new ChromeModel(
        lang,
        ui,
        uiLang,
        langNames,
        site,
        css,
        dataHref,
        menu,
        footerMenu,
        switcher,
        alternates,
        canonical,
        share,
        group,
        embed,
        frame,
        subscribe,
        feeds,
        p);
  }
}
