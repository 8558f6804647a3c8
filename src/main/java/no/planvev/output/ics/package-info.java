/** iCalendar (RFC 5545) files of activity and hearing deadlines, one set per site language. */
package no.planvev.output.ics;
