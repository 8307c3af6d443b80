package com.careflow.notify;

import org.springframework.stereotype.Component;

import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;

/** Tells an applicant about their certification, in their language, in the portal and by email. */
@Component
class ApplicantNotifier {

    private final CertificationApplications applications;
    private final CertificationLetters letters;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final PortalLinks links;

    ApplicantNotifier(CertificationApplications applications, CertificationLetters letters, MailRenderer renderer,
            Deliveries deliveries, PortalLinks links) {
        this.applications = applications;
        this.letters = letters;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.links = links;
    }

    /** Throws {@link InvalidNotificationException} for an unknown application, a MailException if SMTP fails. */
    void notify(String stepKey, MailTemplate template, String applicationId) {
        CertificationApplication application = applications.findById(Required.id("applicationId", applicationId))
                .orElseThrow(() -> new InvalidNotificationException("application " + applicationId
                        + " does not exist"));
        Recipient applicant = new Recipient(application.getApplicantId(), application.getApplicantName(),
                application.getApplicantEmail(), MailTexts.locale(application.getLocale()), links.certification());
        deliveries.deliver(NotificationIds.ofStep(stepKey), template, null, applicant,
                renderer.render(template, applicant, letters.letter(template, application, applicant.locale())));
    }
}
