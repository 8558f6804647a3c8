package no.planvev.model;

import no.planvev.diag.SourcePos;

/**
 * One unit of content, read from its own files and loaded, checked and rendered as a whole: a plan,
 * a project, a hearing or a page. An unchanged unit is the same object from one preview build to
 * the next, which is what the caches key on.
 */
public sealed interface Unit permits Plan, Project, Hearing, Page {

  /** The unit's id: its folder or file name. */
  String id();

  /** The file that holds its fields. */
  SourcePos pos();

  /** The files it came from per language and the positions of its keys. */
  Provenance provenance();
}
