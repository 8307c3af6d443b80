package com.careflow.portal.certification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.VersionedUpdates;
import com.careflow.domain.certification.ApplicationNumbers;
import com.careflow.domain.certification.ApplicationStatus;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.CertificationDocument;
import com.careflow.domain.certification.CertificationDocuments;
import com.careflow.domain.certification.DocumentRef;
import com.careflow.domain.process.CertificationApplied;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;
import com.careflow.portal.security.PortalUser;
import com.careflow.portal.security.Roles;

/**
 * Applications and documents as the portal handles them. Applying stores the documents and the application,
 * then starts the process; if the engine says no, both are removed again and the applicant is told to retry.
 */
@Service
class CertificationDesk {

    private static final Logger log = LoggerFactory.getLogger(CertificationDesk.class);

    private final CertificationApplications applications;
    private final CertificationDocuments documents;
    private final ApplicationNumbers numbers;
    private final Providers providers;
    private final CertificationWorkflow workflow;
    private final Clock clock;

    CertificationDesk(CertificationApplications applications, CertificationDocuments documents,
            ApplicationNumbers numbers, Providers providers, CertificationWorkflow workflow, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.numbers = numbers;
        this.providers = providers;
        this.workflow = workflow;
        this.clock = clock;
    }

    List<CertificationApplication> applicationsOf(PortalUser user) {
        return applications.findByApplicantIdOrderBySubmittedAtDesc(user.id());
    }

    /** The certificates on the user's provider profile (also those from before certification came online). */
    List<Certification> certificatesOf(PortalUser user) {
        return providers.findById(user.id()).map(Provider::getCertifications).orElse(List.of());
    }

    boolean hasPending(PortalUser user, ServiceCategory category) {
        return applications.existsByApplicantIdAndCategoryAndStatusIn(user.id(), category, ApplicationStatus.PENDING);
    }

    /** The id of the user's latest approved application of the category: what a renewal renews, if any. */
    Optional<String> renewable(PortalUser user, ServiceCategory category) {
        return Optional.ofNullable(renewals(applicationsOf(user)).get(category));
    }

    /** Per category, the id of the newest approved application ({@code applications} are newest first). */
    static Map<ServiceCategory, String> renewals(List<CertificationApplication> applications) {
        Map<ServiceCategory, String> renewals = new EnumMap<>(ServiceCategory.class);
        applications.stream().filter(a -> a.getStatus() == ApplicationStatus.APPROVED)
                .forEach(a -> renewals.putIfAbsent(a.getCategory(), a.getId()));
        return renewals;
    }

    /** @throws CertificationUnavailableException when the process could not be started; nothing is left behind */
    CertificationApplication apply(ApplicationForm form, List<Upload> uploads, PortalUser user, String locale) {
        String id = numbers.next();
        List<DocumentRef> refs = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            CertificationDocument document = documents.save(new CertificationDocument(id + "-D" + (i + 1), id,
                    user.id(), upload.kind(), upload.filename(), upload.type().contentType(), upload.content(),
                    clock.instant()));
            refs.add(document.ref());
        }
        String renewalOf = renewable(user, form.getCategory())
                .filter(previous -> previous.equals(form.getRenewalOf())).orElse(null);
        applications.save(new CertificationApplication(id,
                new CertificationApplication.Applicant(user.id(), user.name(), user.email(), locale),
                form.getCategory(), form.getLevel(), form.getLicenceNumber().strip(),
                form.getIdNumber().strip().toUpperCase(), form.getCity(), refs, renewalOf, clock.instant()));
        String key;
        try {
            key = workflow.start(new CertificationApplied(id, user.id(), form.getCategory().name(),
                    form.getLevel().name(), CertificationProcess.renewalKey(user.id(), form.getCategory().name())));
        } catch (RuntimeException e) {
            // saved first so the instance never refers to a missing application; undone when the engine says no
            applications.deleteById(id);
            documents.deleteByApplicationId(id);
            log.warn("Could not start the certification process for {}; the application was withdrawn", id, e);
            throw new CertificationUnavailableException(e);
        }
        // the checks may already have saved the application: attach to the fresh copy
        return VersionedUpdates.update(() -> applications.findById(id).orElseThrow(), fresh -> {
            fresh.attachProcess(key);
            return true;
        }, applications::save);
    }

    /**
     * A document for someone allowed to see it: its applicant, reviewers, admin. Anyone else, and a missing
     * document, get the same 404.
     */
    CertificationDocument document(String documentId, PortalUser user) {
        return documents.findById(documentId)
                .filter(d -> d.getApplicantId().equals(user.id()) || user.isAdmin()
                        || user.roles().contains(Roles.REVIEWER))
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
    }
}
