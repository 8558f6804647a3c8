package no.planvev.render;

import java.util.List;

/** The site's timeline: charts (around today, then year by year), the list, the late ones. */
record TimelinePage(TimelineView timeline, List<ActivityItem> late) {}
