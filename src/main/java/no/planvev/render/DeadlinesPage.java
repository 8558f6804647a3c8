package no.planvev.render;

import java.util.List;

/** The deadlines embed: the next activities not yet done, across projects. */
record DeadlinesPage(List<ActivityItem> activities, String timelineHref) {}
