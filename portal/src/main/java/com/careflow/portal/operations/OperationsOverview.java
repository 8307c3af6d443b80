package com.careflow.portal.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.assignment.OfferStatus;
import com.careflow.domain.engine.Incidents;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;

/**
 * What waits for operations right now, counted from the engine (incidents, user tasks) and MongoDB (offers,
 * complaints) through the same ports and desks as the pages each count links to, so a count and its page agree.
 */
@Component
class OperationsOverview {

    private static final Logger log = LoggerFactory.getLogger(OperationsOverview.class);

    private final Incidents incidents;
    private final UserTasks tasks;
    private final AssignmentWatch assignments;
    private final ComplaintDesk complaints;
    private final Clock clock;

    OperationsOverview(Incidents incidents, UserTasks tasks, AssignmentWatch assignments, ComplaintDesk complaints,
            Clock clock) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.assignments = assignments;
        this.complaints = complaints;
        this.clock = clock;
    }

    /**
     * One figure: {@code key} names it (id and message key), {@code value} is null when its source cannot be read
     * now, {@code href} is the page with the items, {@code urgent} whether a non-zero value needs someone today.
     */
    record Count(String key, Long value, String href, boolean urgent) {

        public boolean needsAttention() {
            return urgent && value != null && value > 0;
        }
    }

    List<Count> counts() {
        List<AssignmentWatch.Attention> stuck = read("assignments", assignments::needingAttention);
        List<UserTask> open = read("user tasks", tasks::findOpen);
        Instant now = clock.instant();
        return List.of(
                new Count("incidents", size(read("incidents", incidents::findOpen)), "/operations/incidents", true),
                new Count("escalated", stuck == null ? null
                        : stuck.stream().filter(row -> row.offer().getStatus() == OfferStatus.ESCALATED).count(),
                        "/operations/assignments", true),
                new Count("unassigned", stuck == null ? null
                        : stuck.stream().filter(row -> row.offer().getStatus() == OfferStatus.UNASSIGNED).count(),
                        "/operations/assignments", true),
                // every offer on the assignments page: the two above, widened rounds and overdue ones
                new Count("assignments", size(stuck), "/operations/assignments", false),
                new Count("complaints", size(read("complaints", complaints::open)), "/operations/complaints", true),
                new Count("tasksUnassigned", open == null ? null
                        : open.stream().filter(task -> task.assignee() == null).count(), "/tasks?view=unassigned",
                        false),
                new Count("tasksOverdue", open == null ? null
                        : open.stream().filter(task -> task.isOverdue(now)).count(), "/tasks?view=open&due=overdue",
                        true),
                new Count("tasksOpen", size(open), "/tasks?view=open", false));
    }

    private static Long size(List<?> items) {
        return items == null ? null : (long) items.size();
    }

    /** A source that cannot be read (the engine restarting) leaves its counts blank; the others still show. */
    private static <T> T read(String what, Supplier<T> source) {
        try {
            return source.get();
        }
        catch (RuntimeException e) {
            log.warn("Operations overview: could not count the {}", what, e);
            return null;
        }
    }
}
