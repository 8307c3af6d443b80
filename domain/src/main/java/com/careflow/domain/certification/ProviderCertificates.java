package com.careflow.domain.certification;

import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

/**
 * What a certification decision does to the applicant's provider profile (collection providers, id = Keycloak
 * user id), which offers and eligibility read. Both methods are safe to repeat.
 */
@Component
public class ProviderCertificates {

    private final Providers providers;

    ProviderCertificates(Providers providers) {
        this.providers = providers;
    }

    /**
     * The approved application's certificate: the profile is created when the applicant has none yet, and the
     * certificate replaces any earlier one of the category.
     */
    public Provider grant(CertificationApplication application) {
        if (application.getExpiresAt() == null) {
            throw new IllegalStateException("application " + application.getId() + " has no expiry; approve it first");
        }
        Provider provider = providers.findById(application.getApplicantId()).orElseGet(() -> Provider.applicant(
                application.getApplicantId(), application.getApplicantName(), application.getCity(),
                language(application.getLocale())));
        Certification certificate = new Certification(application.getCategory(), application.getLevel(),
                application.getExpiresAt());
        if (provider.certify(certificate) || !providers.existsById(provider.getId())) {
            return providers.save(provider);
        }
        return provider;
    }

    /**
     * The application's certificate expired at {@code at}. Returns whether the applicant still holds a valid
     * certificate for the category (a renewal replaced it), in which case nothing changed.
     */
    public boolean expire(CertificationApplication application, Instant at) {
        return providers.findById(application.getApplicantId()).map(provider -> {
            if (provider.expire(application.getCategory(), application.getExpiresAt(), at)) {
                providers.save(provider);
            }
            return provider.isCertifiedFor(application.getCategory(), at);
        }).orElse(false);
    }

    private static String language(String locale) {
        return locale == null || locale.isBlank() ? "zh" : Locale.forLanguageTag(locale).getLanguage();
    }
}
