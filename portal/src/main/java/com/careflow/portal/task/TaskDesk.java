package com.careflow.portal.task;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.process.ReviewDecision;
import com.careflow.portal.security.PortalUser;
import com.careflow.worker.TaskVariables;

/**
 * Claim, unclaim and complete, with the rules the engine cannot know: only the assignee gives a task back, and
 * whatever the task type refuses (an appeal for the earlier reviewer). The engine has the last word on races: a
 * claim or completion it refuses because someone else got there first is told by name. Its commands take effect
 * at once, so the list the user lands on shows them.
 */
@Component
class TaskDesk {

    private static final Logger log = LoggerFactory.getLogger(TaskDesk.class);

    static final String CLAIMED_BY = "task.notice.claimedBy";

    private final UserTasks tasks;
    private final TaskTexts texts;

    TaskDesk(UserTasks tasks, TaskTexts texts) {
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
        return send(task, () -> tasks.claim(task.id(), user.id())).orElse(TaskNotice.done("task.notice.claimed"));
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
        return send(task, () -> tasks.unclaim(task.id())).orElse(TaskNotice.done("task.notice.unclaimed"));
    }

    /**
     * Completes the task with the decision; the engine's completion claims a task nobody has for the user first,
     * and refuses one someone else took since the page was loaded.
     */
    TaskNotice complete(UserTask task, Optional<String> refusal, ReviewDecision decision, PortalUser user) {
        return complete(task, refusal, TaskVariables.write(decision),
                decision.reviewApproved() ? "task.notice.approved" : "task.notice.rejected", user);
    }

    /** Completes the task with these variables (a task type's own decision); {@code doneKey} says it went through. */
    TaskNotice complete(UserTask task, Optional<String> refusal, Map<String, Object> variables, String doneKey,
            PortalUser user) {
        return precheck(task, refusal, user)
                .or(() -> send(task, () -> tasks.complete(task.id(), user.id(), variables)))
                .map(TaskDesk::forDecision)
                .orElse(TaskNotice.done(doneKey));
    }

    /** "Claimed by X" reads differently when one was deciding: the task is X's to decide. */
    private static TaskNotice forDecision(TaskNotice notice) {
        return notice.key().equals(CLAIMED_BY) ? TaskNotice.refused("task.notice.decideClaimedBy",
                notice.args().getFirst()) : notice;
    }

    /** What the page's copy of the task already says: closed, someone else's, or refused by the task type. */
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

    /** Runs the command; a refusal becomes a notice (empty means it went through), an unreachable engine too. */
    private Optional<TaskNotice> send(UserTask task, Runnable command) {
        try {
            command.run();
            return Optional.empty();
        }
        catch (UserTasks.TaskGoneException e) {
            log.info("Task {} is no longer open: {}", task.id(), e.getMessage());
            return Optional.of(TaskNotice.refused("task.notice.closed"));
        }
        catch (UserTasks.TaskConflictException e) {
            log.info("The engine refused a command on task {}: {}", task.id(), e.getMessage());
            String holder = e.assignee() == null ? null : texts.name(e.assignee());
            return Optional.of(holder == null ? TaskNotice.refused("task.notice.conflict")
                    : TaskNotice.refused(CLAIMED_BY, holder));
        }
        catch (RuntimeException e) {
            log.warn("Could not send a command on task {} to the engine", task.id(), e);
            return Optional.of(TaskNotice.refused("task.notice.unavailable"));
        }
    }
}
