package no.planvev.render;

/**
 * A content page of the site's own ({@code page.ftlh}): {@code summary} and {@code body} are null
 * when the page has none.
 */
record ContentPage(View.Txt title, View.Html summary, View.Html body) {}
