/** The command line: parses arguments, calls build, check or serve, returns an exit code. */
package no.planvev.cli;
