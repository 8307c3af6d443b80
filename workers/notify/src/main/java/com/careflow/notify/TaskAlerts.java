package com.careflow.notify;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;

/**
 * Tells reviewers about their work, from the engine's open user tasks ({@link UserTasks}): every new task once to each
 * of its candidate groups (an in-app notice filed under {@code group:<role>}, id {@code task-created:<id>:<group>},
 * which every member sees in the portal), and every assigned task whose due date is near (within
 * {@code careflow.tasks.due-soon} of the platform clock, or past) once to its assignee (in-app, id
 * {@code task-due:<id>:<assignee>}, and by email when the people directory knows their address); a new assignee is
 * alerted again.
 * <p>
 * Runs only on an engine node, where a {@link UserTasks} bean exists; a notify worker running alone does nothing here.
 * What was alerted is kept in notify's own {@link TaskAlertMark}s. Notices are inserted once by id, so concurrent runs
 * and a run interrupted before its mark send nothing twice. A task whose email failed stays unmarked and is retried by
 * the next run; marks of tasks no longer open are dropped.
 */
@Component
class TaskAlerts {

    static final String TEMPLATE_CREATED = "task-created";
    static final String TEMPLATE_DUE = "task-due";
    /** Recipient id prefix of notices for everyone holding a role. */
    static final String GROUP = "group:";

    private static final Logger log = LoggerFactory.getLogger(TaskAlerts.class);

    private final ObjectProvider<UserTasks> userTasks;
    private final MongoTemplate mongo;
    private final People people;
    private final TaskLetters letters;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final PortalLinks links;
    private final TaskAlertSettings settings;
    private final Clock clock;
    private volatile boolean toldNoEngine;

    TaskAlerts(ObjectProvider<UserTasks> userTasks, MongoTemplate mongo, People people, TaskLetters letters,
            MailRenderer renderer, Deliveries deliveries, PortalLinks links, TaskAlertSettings settings, Clock clock) {
        this.userTasks = userTasks;
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
        UserTasks engine = userTasks.getIfAvailable();
        if (engine == null) {
            if (!toldNoEngine) {
                toldNoEngine = true;
                log.info("No process engine in this application: task alerts run on the engine node");
            }
            return;
        }
        List<UserTask> open = engine.findOpen();
        Map<String, TaskAlertMark> marks = marksOf(open);
        Instant dueSoonUntil = clock.instant().plus(settings.dueSoon());
        for (UserTask task : open) {
            TaskAlertMark mark = marks.get(task.id());
            if (mark == null || !mark.created()) {
                announce(task);
            }
            if (isDueSoon(task, dueSoonUntil) && (mark == null
                    || !TaskAlertMark.dueSoonKey(task.assignee(), task.dueDate()).equals(mark.dueSoonFor()))) {
                alertDueSoon(task);
            }
        }
        mongo.remove(query(where("_id").nin(open.stream().map(UserTask::id).toList())), TaskAlertMark.class);
    }

    private Map<String, TaskAlertMark> marksOf(List<UserTask> tasks) {
        return mongo.find(query(where("_id").in(tasks.stream().map(UserTask::id).toList())), TaskAlertMark.class)
                .stream().collect(Collectors.toMap(TaskAlertMark::taskId, Function.identity()));
    }

    private static boolean isDueSoon(UserTask task, Instant until) {
        return task.assignee() != null && task.dueDate() != null && !task.dueDate().isAfter(until);
    }

    private void announce(UserTask task) {
        Locale locale = settings.groupLocale();
        List<String> groups = task.candidateGroups() == null ? List.of() : task.candidateGroups();
        // one letter per task: describing it reads its subject from MongoDB
        Letter letter = groups.isEmpty() ? null : letters.letter(task, locale);
        for (String group : groups) {
            Recipient members = new Recipient(GROUP + group, null, null, locale, links.task(task.id()));
            deliveries.storeInApp(TEMPLATE_CREATED + ":" + task.id() + ":" + group, MailTemplate.TASK_CREATED,
                    members, renderer.render(MailTemplate.TASK_CREATED, members, letter));
        }
        mark(task, new Update().set("created", true));
    }

    private void alertDueSoon(UserTask task) {
        try {
            alertAssignee(task);
            mark(task, new Update().set("dueSoonFor", TaskAlertMark.dueSoonKey(task.assignee(), task.dueDate())));
        } catch (RuntimeException e) {
            log.warn("Alerting {} that task {} is due soon failed, will retry: {}", task.assignee(), task.id(),
                    Deliveries.describe(e));
        }
    }

    private void mark(UserTask task, Update update) {
        mongo.upsert(query(where("_id").is(task.id())), update, TaskAlertMark.class);
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
