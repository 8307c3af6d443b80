package com.careflow.portal.task;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careflow.portal.security.PortalUser;

/**
 * The inbox list as JSON, same parameters as /tasks: static/js/tasks.js polls it to keep the page current. Bad
 * parameters answer 400 problem JSON.
 */
@RestController
class TaskApiController {

    private final TaskInbox inbox;

    TaskApiController(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/tasks")
    TaskList tasks(@RequestParam(required = false) String view, @RequestParam(required = false) String process,
            @RequestParam(required = false) String due, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal OidcUser user, Locale locale) {
        TaskQuery query = TaskController.query(view, process, due, priority, sort, dir, page, size);
        Page<TaskRow> rows = inbox.list(query, PortalUser.of(user), locale);
        return new TaskList(rows.getContent(), rows.getNumber(), rows.getSize(), rows.getTotalElements(),
                rows.getTotalPages());
    }

    /** One page of rows with its place among all. */
    record TaskList(List<TaskRow> tasks, int page, int size, long total, int pages) {
    }
}
