package com.careflow.notify;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.engine.UserTask;

/**
 * What a task alert says. Texts get: {0} task name ({@code task.name.<elementId>}), {1} what it is about,
 * {2} due date and time ("" without one), {3} priority (high, medium, low as the inbox filters them),
 * {4} process name ({@code process.name.<bpmnProcessId>}).
 */
@Component
class TaskLetters {

    /** The inbox's priority bands: high from 75, low below 25. */
    private static final int HIGH = 75;
    private static final int LOW = 25;

    private final MailTexts texts;
    private final TaskSubjects subjects;

    TaskLetters(MailTexts texts, TaskSubjects subjects) {
        this.texts = texts;
        this.subjects = subjects;
    }

    Letter letter(UserTask task, Locale locale) {
        String name = texts.label("task.name.", task.elementId(), locale);
        String about = subjects.describe(task, locale);
        String due = texts.dateTime(task.dueDate(), locale);
        String priority = priority(task.priority(), locale);
        String process = texts.label("process.name.", task.bpmnProcessId(), locale);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(texts.get("mail.label.task", locale), name);
        if (!about.isEmpty()) {
            rows.put(texts.get("mail.label.about", locale), about);
        }
        rows.put(texts.get("mail.label.process", locale), process);
        if (!due.isEmpty()) {
            rows.put(texts.get("mail.label.due", locale), due);
        }
        rows.put(texts.get("mail.label.priority", locale), priority);
        rows.put(texts.get("mail.label.created-at", locale), texts.dateTime(task.createdAt(), locale));
        return new Letter(new Object[] { name, about, due, priority, process }, null, rows, null);
    }

    private String priority(int priority, Locale locale) {
        String band = priority >= HIGH ? "high" : priority < LOW ? "low" : "medium";
        return texts.get("task.priority." + band, locale);
    }
}
