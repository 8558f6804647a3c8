package no.planvev.model;

/** A site language: a BCP 47 code and its name in that language. */
public record Language(String code, String name) {}
