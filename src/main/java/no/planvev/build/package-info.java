/** The build pipeline: load, validate, render, write; nothing else. */
package no.planvev.build;
