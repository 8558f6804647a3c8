package no.planvev.render;

/**
 * An old address that sends the reader on ({@code redirect.ftlh}): the new page's link and title.
 */
record RedirectPage(String target, View.Txt title) {}
