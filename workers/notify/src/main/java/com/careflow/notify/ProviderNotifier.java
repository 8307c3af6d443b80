package com.careflow.notify;

import org.springframework.stereotype.Component;

import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.SettlementStatements;
import com.careflow.domain.provider.Providers;

/**
 * Tells a provider about their payout, in the portal and by email. The address and language are those of the
 * provider's latest certification application (what the platform knows of a provider's contact); without one the
 * notice is in-app only, in Chinese.
 */
@Component
class ProviderNotifier {

    private final SettlementStatements statements;
    private final Providers providers;
    private final CertificationApplications applications;
    private final PayoutLetters letters;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final PortalLinks links;

    ProviderNotifier(SettlementStatements statements, Providers providers, CertificationApplications applications,
            PayoutLetters letters, MailRenderer renderer, Deliveries deliveries, PortalLinks links) {
        this.statements = statements;
        this.providers = providers;
        this.applications = applications;
        this.letters = letters;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.links = links;
    }

    /** Throws {@link InvalidNotificationException} for an unknown statement, a MailException if SMTP fails. */
    void notify(String stepKey, MailTemplate template, String statementId) {
        SettlementStatement statement = statements.findById(Required.id("statementId", statementId))
                .orElseThrow(() -> new InvalidNotificationException("statement " + statementId + " does not exist"));
        String providerId = statement.getProviderId();
        CertificationApplication contact = applications.findByApplicantIdOrderBySubmittedAtDesc(providerId).stream()
                .findFirst().orElse(null);
        String name = providers.findById(providerId).map(provider -> provider.getName())
                .orElse(contact == null ? null : contact.getApplicantName());
        Recipient provider = new Recipient(providerId, name, contact == null ? null : contact.getApplicantEmail(),
                MailTexts.locale(contact == null ? null : contact.getLocale()), links.providerStatements());
        deliveries.deliver(NotificationIds.ofStep(stepKey), template, null, provider,
                renderer.render(template, provider, letters.letter(template, statement, provider.locale())));
    }
}
