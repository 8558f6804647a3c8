/** Atom (RFC 4287) feeds of hearings and project activities, one set per site language. */
package no.planvev.output.atom;
