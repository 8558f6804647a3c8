/** Distribution: the version and commit of this build, and putting a launcher on the PATH. */
package no.planvev.dist;
