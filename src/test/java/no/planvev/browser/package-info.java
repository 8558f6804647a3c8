/**
 * Real-browser (Chromium, axe-core) and HTML-validator (vnu) checks of generated pages; run by
 * failsafe.
 */
package no.planvev.browser;
