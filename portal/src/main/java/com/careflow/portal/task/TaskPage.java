package com.careflow.portal.task;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.careflow.domain.engine.UserTask;
import com.careflow.portal.security.PortalUser;

/**
 * The task form's model: the task, the domain object it is about (by task type), the decision fields, and which of
 * claim, give back and decide this user may do now. Shared by the page and the completion that re-shows it with
 * field errors.
 */
@Component
class TaskPage {

    static final String VIEW = "task/detail";
    static final String FORM = "reviewForm";

    private final TaskInbox inbox;
    private final TaskTexts texts;

    TaskPage(TaskInbox inbox, TaskTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    /** The task with what the form needs to decide it. */
    record Context(UserTask task, Optional<ReviewTaskType> type, Optional<Object> subject, Optional<String> refusal) {
    }

    Context context(String id, PortalUser user) {
        UserTask task = inbox.get(id, user);
        Optional<ReviewTaskType> type = inbox.type(task);
        Optional<Object> subject = type.flatMap(t -> t.subject(task.businessKey()));
        Optional<String> refusal = type.flatMap(t -> subject.flatMap(s -> t.refusal(task, s, user)));
        return new Context(task, type, subject, refusal);
    }

    String show(Context context, PortalUser user, Locale locale, Model model) {
        UserTask task = context.task();
        boolean mine = user.id().equals(task.assignee());
        boolean free = task.assignee() == null;
        boolean allowed = task.isOpen() && context.refusal().isEmpty();
        model.addAttribute("task", task);
        model.addAttribute("row", inbox.row(task, user, locale));
        model.addAttribute("subject", context.subject().orElse(null));
        model.addAttribute("subjectForm", context.type().map(t -> t.form(task.elementId())).orElse(null));
        model.addAttribute("decisionForm", context.type().map(t -> t.decisionForm(task.elementId())).orElse(null));
        model.addAttribute("refusal", context.refusal().orElse(null));
        model.addAttribute("reasons", context.type().map(ReviewTaskType::reasons).orElse(List.of()));
        model.addAttribute("reasonPrefix", context.type().map(ReviewTaskType::reasonLabelPrefix).orElse(""));
        model.addAttribute("canClaim", allowed && free);
        model.addAttribute("canUnclaim", task.isOpen() && mine);
        model.addAttribute("canDecide", allowed && (free || mine) && context.subject().isPresent());
        model.addAttribute("claimedByOther", task.isOpen() && !free && !mine);
        model.addAttribute("assigneeName", texts.name(task.assignee()));
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new ReviewForm());
        }
        if (!model.containsAttribute(CallBackForm.NAME)) {
            model.addAttribute(CallBackForm.NAME, new CallBackForm());
        }
        return VIEW;
    }
}
