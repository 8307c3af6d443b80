package com.careflow.notify;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;

/**
 * Tells reviewers about their work, from the exporter's {@code user_tasks}: every new open task once to each of its
 * candidate groups (an in-app notice filed under {@code group:<role>}, id {@code task-created:<key>:<group>}, which
 * every member sees in the portal), and every open assigned task whose due date is near (within
 * {@code careflow.tasks.due-soon} of the platform clock, or past) once to its assignee (in-app, id
 * {@code task-due:<key>:<assignee>}, and by email when the people directory knows their address); a new assignee is
 * alerted again.
 * <p>
 * Notices are inserted once by id, so concurrent runs (two notify workers) and a run interrupted before it marked the
 * task send nothing twice. The marks ({@code alertedCreated}, {@code alertedDueSoon}) are set field by field: the
 * exporter owns the rest of the document. A task whose email failed stays unmarked and is retried by the next run.
 */
@Component
class TaskAlerts {

    static final String TEMPLATE_CREATED = "task-created";
    static final String TEMPLATE_DUE = "task-due";
    /** Recipient id prefix of notices for everyone holding a role. */
    static final String GROUP = "group:";

    private static final Logger log = LoggerFactory.getLogger(TaskAlerts.class);

    private final MongoTemplate mongo;
    private final People people;
    private final TaskLetters letters;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final PortalLinks links;
    private final TaskAlertSettings settings;
    private final Clock clock;

    TaskAlerts(MongoTemplate mongo, People people, TaskLetters letters, MailRenderer renderer, Deliveries deliveries,
            PortalLinks links, TaskAlertSettings settings, Clock clock) {
        this.mongo = mongo;
        this.people = people;
        this.letters = letters;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    /** The first run waits one interval too: a starting app has better things to do, and tests call {@link #run}. */
    @Scheduled(fixedDelayString = "${careflow.tasks.alert-interval:10s}",
            initialDelayString = "${careflow.tasks.alert-interval:10s}")
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Task alerts could not run, trying again next time: {}", Deliveries.describe(e));
        }
    }

    void run() {
        alertNewTasks();
        alertTasksDueSoon(clock.instant());
    }

    private void alertNewTasks() {
        List<UserTask> tasks = mongo.find(query(where("state").is(UserTaskState.CREATED).and("alertedCreated")
                .ne(true)), UserTask.class);
        for (UserTask task : tasks) {
            Locale locale = settings.groupLocale();
            List<String> groups = task.candidateGroups() == null ? List.of() : task.candidateGroups();
            // one letter per task: describing it reads the instance and its subject from MongoDB
            Letter letter = groups.isEmpty() ? null : letters.letter(task, locale);
            for (String group : groups) {
                Recipient members = new Recipient(GROUP + group, null, null, locale, links.task(task.id()));
                deliveries.storeInApp(TEMPLATE_CREATED + ":" + task.id() + ":" + group, MailTemplate.TASK_CREATED,
                        members, renderer.render(MailTemplate.TASK_CREATED, members, letter));
            }
            mongo.updateFirst(query(where("_id").is(task.id())), new Update().set("alertedCreated", true),
                    UserTask.class);
        }
    }

    private void alertTasksDueSoon(Instant now) {
        List<UserTask> tasks = mongo.find(query(where("state").is(UserTaskState.CREATED).and("assignee").ne(null)
                .and("dueDate").lte(now.plus(settings.dueSoon()))), UserTask.class);
        for (UserTask task : tasks) {
            if (task.assignee().equals(task.alertedDueSoon())) {
                continue; // Mongo cannot compare two fields of a document without $expr
            }
            try {
                alertAssignee(task);
                // only while it is still theirs: a task reassigned meanwhile alerts its new assignee next time
                mongo.updateFirst(query(where("_id").is(task.id()).and("assignee").is(task.assignee())),
                        new Update().set("alertedDueSoon", task.assignee()), UserTask.class);
            } catch (RuntimeException e) {
                log.warn("Alerting {} that task {} is due soon failed, will retry: {}", task.assignee(), task.id(),
                        Deliveries.describe(e));
            }
        }
    }

    private void alertAssignee(UserTask task) {
        Person person = people.findById(task.assignee()).orElse(null);
        Recipient assignee = person == null
                ? new Recipient(task.assignee(), null, null, settings.groupLocale(), links.task(task.id()))
                : new Recipient(person.id(), person.displayName(), person.email(),
                        person.locale() == null ? settings.groupLocale() : MailTexts.locale(person.locale()),
                        links.task(task.id()));
        deliveries.deliver(NotificationIds.named(TEMPLATE_DUE + ":" + task.id() + ":" + task.assignee()),
                MailTemplate.TASK_DUE, null, assignee, renderer.render(MailTemplate.TASK_DUE, assignee,
                        letters.letter(task, assignee.locale())));
    }
}
