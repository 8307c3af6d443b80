package com.careflow.portal.task;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.RejectionReason;
import com.careflow.domain.certification.ResidentIdNumbers;
import com.careflow.domain.process.CertificationProcess;

/**
 * Certification review tasks ({@code ReviewApplication}): the subject is the applicant and the category; the form
 * shows the application with its documents and the automated checks, the ID number masked.
 */
@Component
class ApplicationReviewTasks implements ReviewTaskType {

    private final CertificationApplications applications;
    private final MessageSource messages;

    ApplicationReviewTasks(CertificationApplications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @Override
    public String processId() {
        return CertificationProcess.PROCESS_ID;
    }

    @Override
    public Map<String, String> subjects(Collection<String> businessKeys) {
        Locale locale = LocaleContextHolder.getLocale();
        return applications.findAllById(businessKeys).stream().collect(Collectors.toMap(
                CertificationApplication::getId, application -> application.getApplicantName() + " · "
                        + messages.getMessage("category." + application.getCategory(), null,
                                String.valueOf(application.getCategory()), locale)));
    }

    @Override
    public Optional<Object> subject(String businessKey) {
        return Optional.ofNullable(businessKey).flatMap(applications::findById).map(ApplicationSubject::of);
    }

    /** The application and its ID number as reviewers see it (first 6 and last 4 characters). */
    record ApplicationSubject(CertificationApplication application, String maskedIdNumber) {

        static ApplicationSubject of(CertificationApplication application) {
            return new ApplicationSubject(application, application.getIdNumber() == null ? null
                    : ResidentIdNumbers.masked(application.getIdNumber()));
        }
    }

    @Override
    public List<String> reasons() {
        return Arrays.stream(RejectionReason.values()).filter(RejectionReason::isReviewerReason).map(Enum::name)
                .toList();
    }

    @Override
    public String reasonLabelPrefix() {
        return "certification.reason.";
    }

    @Override
    public String form(String elementId) {
        return "task/application :: subject";
    }
}
