package no.planvev.render;

import java.util.List;

/** The open-hearings embed: hearings that take input today, by deadline, and the list's link. */
record OpenHearingsPage(List<HearingItem> hearings, String hearingsHref) {}
