package no.planvev.output;

import no.planvev.model.Deadline;

/**
 * A deadline as people read it in a language ("uke 50 2017", "1. kvartal 2018"): the
 * renderer's words, handed to the machine-readable writers by the build.
 */
@FunctionalInterface
public interface Phrases {

  /** The written form ({@code 2017-W50}): for tests and when no words are at hand. */
  Phrases ISO = (d, lang) -> d.iso();

  String deadline(Deadline d, String lang);
}
