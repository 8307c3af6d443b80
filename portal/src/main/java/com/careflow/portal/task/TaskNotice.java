package com.careflow.portal.task;

import java.util.List;

/**
 * The outcome of a claim, unclaim or completion for the page: a message key of the tasks bundle with its
 * arguments, and whether it went through ({@code done}) or changed nothing. {@code code} is the key's last part,
 * which tests and scripts read (data-notice).
 */
record TaskNotice(String key, List<String> args, boolean done) {

    static TaskNotice done(String key, String... args) {
        return new TaskNotice(key, List.of(args), true);
    }

    static TaskNotice refused(String key, String... args) {
        return new TaskNotice(key, List.of(args), false);
    }

    String code() {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
