/** The content as typed records: plans, projects, hearings, pages, deadlines; no library types. */
package no.planvev.model;
