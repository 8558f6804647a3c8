/**
 * The vocabulary: every UI word and every date and deadline phrase, per language, read from the
 * theme's {@code i18n/*.yaml}; used by the pages, the calendars, the feeds, the CSV files and the
 * preview's overlay.
 */
package no.planvev.words;
