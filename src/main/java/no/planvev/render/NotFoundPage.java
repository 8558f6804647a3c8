package no.planvev.render;

/** A page for addresses that lead nowhere ({@code 404.ftlh}): only the chrome shows. */
record NotFoundPage() {}
