package com.careflow.processes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import com.careflow.domain.process.ReviewDecision;
import com.careflow.domain.process.ReviewSchedule;

/** The variables around a review user task, as the steps before it and the inbox after it hand them over. */
final class ReviewVariables {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ReviewVariables() {
    }

    /** Due in two days, follow-up in one, from {@code now}, China time with its offset, as ReviewSchedule writes. */
    static Map<String, Object> schedule(Instant now, int priority) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, CHINA).truncatedTo(ChronoUnit.SECONDS);
        ReviewSchedule schedule = new ReviewSchedule(at.plusDays(2).toString(), at.plusDays(1).toString(), priority);
        return Map.of("reviewDueDate", schedule.reviewDueDate(), "reviewFollowUpDate", schedule.reviewFollowUpDate(),
                "reviewPriority", schedule.reviewPriority());
    }

    /** The date a schedule's ISO text names, to compare with what the engine made of it. */
    static Date date(Object iso) {
        return Date.from(OffsetDateTime.parse((String) iso).toInstant());
    }

    /** A reviewer's decision as task variables; the reason list travels as JSON text (no object variables). */
    static Map<String, Object> decision(ReviewDecision decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewApproved", decision.reviewApproved());
        variables.put("reviewReasons", Reply.json(decision.reviewReasons()));
        variables.put("reviewNote", decision.reviewNote());
        variables.put("reviewerId", decision.reviewerId());
        variables.put("reviewerName", decision.reviewerName());
        return variables;
    }
}
