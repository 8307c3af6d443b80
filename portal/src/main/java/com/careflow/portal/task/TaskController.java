package com.careflow.portal.task;

import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.portal.security.PortalUser;

/**
 * The reviewer inbox: lists of the user's group tasks (refreshed live by static/js/tasks.js from /api/tasks), the
 * task form per task type, and claim, give back and decide. Works without JavaScript.
 */
@Controller
class TaskController {

    static final String NOTICE = "notice";
    static final String NOTICE_ARGS = "noticeArgs";
    static final String NOTICE_DONE = "noticeDone";

    private final TaskInbox inbox;
    private final TaskPage page;
    private final TaskDesk desk;

    TaskController(TaskInbox inbox, TaskPage page, TaskDesk desk) {
        this.inbox = inbox;
        this.page = page;
        this.desk = desk;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String view, @RequestParam(required = false) String process,
            @RequestParam(required = false) String due, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
        TaskQuery query = query(view, process, due, priority, sort, dir, page, size);
        Page<TaskRow> rows = inbox.list(query, PortalUser.of(user), locale);
        model.addAttribute("query", query);
        model.addAttribute("rows", rows);
        model.addAttribute("views", TaskQuery.View.values());
        model.addAttribute("processes", inbox.processes());
        model.addAttribute("dues", TaskQuery.Due.values());
        model.addAttribute("priorities", TaskQuery.Priority.values());
        model.addAttribute("sorts", TaskQuery.Sort.values());
        return "task/list";
    }

    @GetMapping("/tasks/{key}")
    String task(@PathVariable String key, @AuthenticationPrincipal OidcUser user, Locale locale, Model model) {
        PortalUser me = PortalUser.of(user);
        return page.show(page.context(key, me), me, locale, model);
    }

    @PostMapping("/tasks/{key}/claim")
    String claim(@PathVariable String key, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        PortalUser me = PortalUser.of(user);
        TaskPage.Context context = page.context(key, me);
        return notice(desk.claim(context.task(), context.refusal(), me), "redirect:/tasks/" + key, redirect);
    }

    @PostMapping("/tasks/{key}/unclaim")
    String unclaim(@PathVariable String key, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        PortalUser me = PortalUser.of(user);
        return notice(desk.unclaim(page.context(key, me).task(), me), "redirect:/tasks/" + key, redirect);
    }

    @PostMapping("/tasks/{key}/complete")
    String complete(@PathVariable String key, @ModelAttribute(TaskPage.FORM) ReviewForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model, RedirectAttributes redirect) {
        PortalUser me = PortalUser.of(user);
        TaskPage.Context context = page.context(key, me);
        form.validate(context.type().map(ReviewTaskType::reasons).orElse(java.util.List.of()), result);
        if (result.hasErrors()) {
            return page.show(context, me, locale, model);
        }
        TaskNotice notice = desk.complete(context.task(), context.refusal(), form.decision(me), me);
        return notice(notice, notice.done() ? "redirect:/tasks?view=completed" : "redirect:/tasks/" + key, redirect);
    }

    /** A page with form errors has the address the form posted to; reloading it lands on the task. */
    @GetMapping({ "/tasks/{key}/claim", "/tasks/{key}/unclaim", "/tasks/{key}/complete" })
    String backToTask(@PathVariable String key) {
        return "redirect:/tasks/" + key;
    }

    static TaskQuery query(String view, String process, String due, String priority, String sort, String dir,
            Integer page, Integer size) {
        try {
            return TaskQuery.parse(view, process, due, priority, sort, dir, page, size);
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static String notice(TaskNotice notice, String target, RedirectAttributes redirect) {
        redirect.addFlashAttribute(NOTICE, notice.key());
        redirect.addFlashAttribute(NOTICE_ARGS, notice.args().toArray());
        redirect.addFlashAttribute(NOTICE_DONE, notice.done());
        return target;
    }
}
