package com.careflow.portal.task;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.portal.security.PortalUser;

/**
 * Records a crisis call-back's outcome (reached, advised to go to hospital, not reachable) from the task form; the
 * process then puts it on the customer's record. Field errors re-show the task; the inbox's rules (closed, someone
 * else's) apply as for every task.
 */
@Controller
class CallBackController {

    private final TaskPage page;
    private final TaskDesk desk;

    CallBackController(TaskPage page, TaskDesk desk) {
        this.page = page;
        this.desk = desk;
    }

    @PostMapping("/tasks/{key}/call-back")
    String record(@PathVariable String key, @ModelAttribute(CallBackForm.NAME) CallBackForm form,
            BindingResult result, @AuthenticationPrincipal OidcUser user, Locale locale, Model model,
            RedirectAttributes redirect) {
        PortalUser me = PortalUser.of(user);
        TaskPage.Context context = page.context(key, me);
        if (!HealthAlertProcess.TASK_CALL_BACK.equals(context.task().elementId())) {
            throw new TaskNotFoundException(key);
        }
        form.validate(result);
        if (result.hasErrors()) {
            return page.show(context, me, locale, model);
        }
        TaskNotice notice = desk.complete(context.task(), context.refusal(), form.variables(me),
                "task.notice.calledBack", me);
        redirect.addFlashAttribute(TaskController.NOTICE, notice.key());
        redirect.addFlashAttribute(TaskController.NOTICE_ARGS, notice.args().toArray());
        redirect.addFlashAttribute(TaskController.NOTICE_DONE, notice.done());
        return notice.done() ? "redirect:/tasks?view=completed" : "redirect:/tasks/" + key;
    }
}
