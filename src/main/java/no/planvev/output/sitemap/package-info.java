/** sitemap.xml with hreflang alternates for every language version, and robots.txt. */
package no.planvev.output.sitemap;
