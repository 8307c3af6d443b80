package com.careflow.notify;

import java.util.List;
import java.util.Map;

/**
 * What one notification says, before it is laid out: the arguments of its {@code <template>.subject} and
 * {@code <template>.intro} texts, a sentence added to the intro when it applies (a refund, the way to appeal), the
 * label → value rows in reading order, and why, when the notification is about a refusal.
 */
record Letter(Object[] arguments, String addendum, Map<String, String> details, Reasons reasons) {

    /** Why something was refused or cancelled: a label and one line per reason. */
    record Reasons(String label, List<String> items) {
    }
}
