package com.careflow.portal.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.process.ReviewDecision;
import com.careflow.portal.security.PortalUser;

/**
 * Claim, unclaim and complete, with the rules the engine cannot know: only the assignee completes (an unassigned
 * task is claimed first), only the assignee gives a task back, and whatever the task type refuses (an appeal for
 * the earlier reviewer). The engine has the last word on races: a claim it rejects because someone else got there
 * first is told by name. After a command the desk waits briefly until the exporter's record shows the change, so
 * the list the user lands on is not stale.
 */
@Component
class TaskDesk {

    private static final Logger log = LoggerFactory.getLogger(TaskDesk.class);

    static final String CLAIMED_BY = "task.notice.claimedBy";
    static final Duration EXPORT_WAIT = Duration.ofSeconds(3);
    private static final Duration EXPORT_POLL = Duration.ofMillis(100);

    private final TaskCommands commands;
    private final UserTasks tasks;
    private final TaskTexts texts;

    TaskDesk(TaskCommands commands, UserTasks tasks, TaskTexts texts) {
        this.commands = commands;
        this.tasks = tasks;
        this.texts = texts;
    }

    TaskNotice claim(UserTask task, Optional<String> refusal, PortalUser user) {
        Optional<TaskNotice> refused = precheck(task, refusal, user);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (user.id().equals(task.assignee())) {
            return TaskNotice.done("task.notice.claimed");
        }
        return send(task, () -> commands.claim(task.id(), user.id()), exported -> user.id().equals(exported.assignee()))
                .orElse(TaskNotice.done("task.notice.claimed"));
    }

    TaskNotice unclaim(UserTask task, PortalUser user) {
        if (!task.isOpen()) {
            return TaskNotice.refused("task.notice.closed");
        }
        if (task.assignee() == null) {
            return TaskNotice.refused("task.notice.notClaimed");
        }
        if (!task.assignee().equals(user.id())) {
            return TaskNotice.refused("task.notice.notYours", texts.name(task.assignee()));
        }
        return send(task, () -> commands.unclaim(task.id()), exported -> exported.assignee() == null)
                .orElse(TaskNotice.done("task.notice.unclaimed"));
    }

    /** Claims the task for the user if nobody has it, then completes it with the decision. */
    TaskNotice complete(UserTask task, Optional<String> refusal, ReviewDecision decision, PortalUser user) {
        // the claim also covers a task that is already the user's: the engine accepts claiming one's own task,
        // and rejects it if someone else took it since the page was loaded
        return precheck(task, refusal, user)
                .or(() -> send(task, () -> {
                    commands.claim(task.id(), user.id());
                    commands.complete(task.id(), decision);
                }, exported -> !exported.isOpen()))
                .map(TaskDesk::forDecision)
                .orElse(TaskNotice.done(decision.reviewApproved() ? "task.notice.approved" : "task.notice.rejected"));
    }

    /** "Claimed by X" reads differently when one was deciding: the task is X's to decide. */
    private static TaskNotice forDecision(TaskNotice notice) {
        return notice.key().equals(CLAIMED_BY) ? TaskNotice.refused("task.notice.decideClaimedBy",
                notice.args().getFirst()) : notice;
    }

    /** What the read model already says: closed, someone else's, or refused by the task type. */
    private Optional<TaskNotice> precheck(UserTask task, Optional<String> refusal, PortalUser user) {
        if (!task.isOpen()) {
            return Optional.of(TaskNotice.refused("task.notice.closed"));
        }
        if (refusal.isPresent()) {
            return Optional.of(TaskNotice.refused(refusal.get()));
        }
        if (task.assignee() != null && !task.assignee().equals(user.id())) {
            return Optional.of(TaskNotice.refused(CLAIMED_BY, texts.name(task.assignee())));
        }
        return Optional.empty();
    }

    /**
     * Runs the command(s); a rejection becomes a notice (empty means it went through), an unreachable engine too.
     * On success waits for the exporter.
     */
    private Optional<TaskNotice> send(UserTask task, Runnable command, Predicate<UserTask> exported) {
        try {
            command.run();
        }
        catch (TaskCommandRejectedException e) {
            log.info("The engine refused a command on task {}: {}", task.id(), e.getMessage());
            if (e.reason() == TaskCommandRejectedException.Reason.NOT_FOUND) {
                return Optional.of(TaskNotice.refused("task.notice.closed"));
            }
            UserTask now = tasks.findById(task.id()).orElse(task);
            if (!now.isOpen()) {
                return Optional.of(TaskNotice.refused("task.notice.closed"));
            }
            String holder = now.assignee() == null ? null : texts.name(now.assignee());
            return Optional.of(holder == null ? TaskNotice.refused("task.notice.conflict")
                    : TaskNotice.refused(CLAIMED_BY, holder));
        }
        catch (RuntimeException e) {
            log.warn("Could not send a command on task {} to the engine", task.id(), e);
            return Optional.of(TaskNotice.refused("task.notice.unavailable"));
        }
        awaitExported(task.id(), exported);
        return Optional.empty();
    }

    private void awaitExported(long key, Predicate<UserTask> exported) {
        Instant deadline = Instant.now().plus(EXPORT_WAIT);
        while (!tasks.findById(key).filter(exported).isPresent() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(EXPORT_POLL);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (Instant.now().isAfter(deadline)) {
            log.info("Task {} did not show the change in the exported records within {}", key, EXPORT_WAIT);
        }
    }
}
