package no.planvev.render;

import java.util.List;

/** The hearings page: every hearing, those that take input first. */
record HearingsPage(List<HearingItem> hearings) {}
