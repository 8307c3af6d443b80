package com.careflow.ai;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.assignment.Eligibility;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.worker.JobRunner;
import com.careflow.worker.TopicWorker;


/**
 * Topic worker of the grab-order process's RankProviders task (processes/grab-order.bpmn; behaviour in
 * features/grab-order.feature): ranks the providers of the widest offer round who are free at the appointment. Reads
 * only, so a redelivery just ranks again. Public because the topic subscription invokes the
 * method reflectively.
 */
@Component
public class RankWorker {

    static final Duration LOAD_HORIZON = Duration.ofDays(7);
    private static final int WIDEST_ROUND = 2;
    private static final Logger log = LoggerFactory.getLogger(RankWorker.class);

    private final Eligibility eligibility;
    private final ProviderCalendar calendar;
    private final ProviderScoring scoring;
    private final JobRunner jobs;
    private final Clock clock;

    RankWorker(Eligibility eligibility, ProviderCalendar calendar, ProviderScoring scoring, AiProperties properties,
            Clock clock) {
        this.eligibility = eligibility;
        this.calendar = calendar;
        this.scoring = scoring;
        this.jobs = new JobRunner(properties.retryBackoff());
        this.clock = clock;
    }

    @TopicWorker(GrabOrderProcess.JOB_RANK_PROVIDERS)
    public RankResult rankProviders(RankInput input) {
        return jobs.run("rank providers for order " + input.orderNumber(), () -> {
            LocalDateTime now = LocalDateTime.now(clock.withZone(AppointmentTimes.ZONE));
            List<ProviderScore> ranked = scoring.rank(
                    eligibility.eligible(input.serviceCategory(), input.requiredCity(), input.start(),
                            input.minutes(), WIDEST_ROUND),
                    input.serviceId(), input.city(),
                    providerId -> calendar.load(providerId, now, now.plus(LOAD_HORIZON)));
            ranked.forEach(score -> log.info("Order {}: {}", input.orderNumber(), score.explain()));
            return new RankResult(ranked.stream().map(ProviderScore::providerId).toList());
        });
    }
}
