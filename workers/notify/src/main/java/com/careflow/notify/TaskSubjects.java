package com.careflow.notify;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.content.Contents;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ContentReviewProcess;

/**
 * What a user task is about, in a few words for its alert: the content's title, or the applicant and the category
 * applied for. The task's business key is the content id or the application id (by its process); the bare id when
 * the subject is not (yet) known, nothing for other processes: no reason to hold an alert back.
 */
@Component
class TaskSubjects {

    private final Contents contents;
    private final CertificationApplications applications;
    private final MailTexts texts;

    TaskSubjects(Contents contents, CertificationApplications applications, MailTexts texts) {
        this.contents = contents;
        this.applications = applications;
        this.texts = texts;
    }

    String describe(UserTask task, Locale locale) {
        String key = task.businessKey();
        if (key == null) {
            return "";
        }
        if (ContentReviewProcess.PROCESS_ID.equals(task.bpmnProcessId())) {
            return contents.findById(key).map(c -> texts.get("task.subject.content", locale, c.getTitle()))
                    .orElse(key);
        }
        if (CertificationProcess.PROCESS_ID.equals(task.bpmnProcessId())) {
            return applications.findById(key).map(a -> texts.get("task.subject.application", locale,
                    a.getApplicantName(), texts.label("category.", a.getCategory().name(), locale)))
                    .orElse(key);
        }
        return "";
    }
}
