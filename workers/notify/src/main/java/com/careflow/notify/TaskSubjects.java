package com.careflow.notify;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.content.Contents;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstances;
import com.careflow.domain.engine.UserTask;

/**
 * What a user task is about, in a few words for its alert: the content's title, or the applicant and the category
 * applied for. Found through the variables the exporter keeps on the task's process instance; the bare id when the
 * subject is not (yet) known, nothing when the instance is not: no reason to hold an alert back.
 */
@Component
class TaskSubjects {

    private final ProcessInstances instances;
    private final Contents contents;
    private final CertificationApplications applications;
    private final MailTexts texts;

    TaskSubjects(ProcessInstances instances, Contents contents, CertificationApplications applications,
            MailTexts texts) {
        this.instances = instances;
        this.contents = contents;
        this.applications = applications;
        this.texts = texts;
    }

    String describe(UserTask task, Locale locale) {
        Map<String, Object> variables = instances.findById(task.processInstanceKey()).map(ProcessInstance::variables)
                .orElse(Map.of());
        if (variables.get("contentId") instanceof String contentId) {
            return contents.findById(contentId).map(c -> texts.get("task.subject.content", locale, c.getTitle()))
                    .orElse(contentId);
        }
        if (variables.get("applicationId") instanceof String applicationId) {
            return applications.findById(applicationId).map(a -> texts.get("task.subject.application", locale,
                    a.getApplicantName(), texts.label("category.", a.getCategory().name(), locale)))
                    .orElse(applicationId);
        }
        return "";
    }
}
