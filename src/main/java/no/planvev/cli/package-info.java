/**
 * The command line: the one parser ({@code Parser}, reading the table in {@code Verbs}) for every
 * verb, then calls build, check, serve, new, install or completion and returns an exit code.
 */
package no.planvev.cli;
