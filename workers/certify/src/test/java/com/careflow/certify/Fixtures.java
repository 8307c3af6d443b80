package com.careflow.certify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationDocument;
import com.careflow.domain.certification.DocumentKind;
import com.careflow.domain.certification.DocumentRef;
import com.careflow.domain.provider.CertificationLevel;

/**
 * Applications with their stored documents in an emptied database, and recording stand-ins for Keycloak and the
 * engine's renewal message.
 */
@TestConfiguration(proxyBeanMethods = false)
class Fixtures {

    static final String VALID_ID = "110101199003074514";
    /** The GB 11643 check digit of this one is 4, not 1. */
    static final String BAD_CHECK_DIGIT_ID = "110101199003074511";

    private final MongoOperations mongo;
    private final Clock clock;

    Fixtures(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Bean
    @Primary
    RecordingDirectory recordingDirectory() {
        return new RecordingDirectory();
    }

    @Bean
    @Primary
    RecordingRenewals recordingRenewals() {
        return new RecordingRenewals();
    }

    void reset() {
        for (String collection : List.of("providers", "certification_applications", "certification_documents",
                "counters")) {
            mongo.remove(new Query(), collection);
        }
    }

    CertificationDocument storedDocument(String id) {
        return mongo.findById(id, CertificationDocument.class);
    }

    /** Simulates bytes changed in storage after the upload (the stored checksum stays). */
    void replaceContent(CertificationDocument document, byte[] content) {
        mongo.updateFirst(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                .is(document.getId())), new org.springframework.data.mongodb.core.query.Update()
                .set("content", content), CertificationDocument.class);
    }

    /** A PDF: the magic, and text making its checksum unique to {@code text}. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(String text) {
        byte[] magic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
        byte[] tail = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[magic.length + tail.length];
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        System.arraycopy(tail, 0, bytes, magic.length, tail.length);
        return bytes;
    }

    /** Builds an application; documents are stored as given (call {@link Draft#save}). */
    Draft application(String id, String applicantId) {
        return new Draft(id, applicantId);
    }

    final class Draft {
        private final String id;
        private final String applicantId;
        private String licence = "ZY2026000123";
        private String idNumber = VALID_ID;
        private CertificationLevel level = CertificationLevel.STANDARD;
        private String renewalOf;
        private final List<CertificationDocument> documents = new ArrayList<>();

        Draft(String id, String applicantId) {
            this.id = id;
            this.applicantId = applicantId;
        }

        Draft licence(String number) {
            this.licence = number;
            return this;
        }

        Draft idNumber(String number) {
            this.idNumber = number;
            return this;
        }

        Draft level(CertificationLevel level) {
            this.level = level;
            return this;
        }

        Draft renewalOf(String applicationId) {
            this.renewalOf = applicationId;
            return this;
        }

        Draft document(DocumentKind kind, String contentType, byte[] content) {
            documents.add(new CertificationDocument(id + "-" + documents.size(), id, applicantId, kind,
                    kind.name().toLowerCase() + (contentType.endsWith("pdf") ? ".pdf" : ".png"), contentType, content,
                    clock.instant()));
            return this;
        }

        /** The usual licence (PDF) and ID card (PNG), unique to the applicant. */
        Draft withRequiredDocuments() {
            return document(DocumentKind.LICENCE, "application/pdf", pdf("licence of " + applicantId))
                    .document(DocumentKind.ID_CARD, "image/png", png("id card of " + applicantId));
        }

        CertificationApplication save() {
            documents.forEach(mongo::save);
            List<DocumentRef> refs = documents.stream().map(CertificationDocument::ref).toList();
            return mongo.save(new CertificationApplication(id, new CertificationApplication.Applicant(applicantId,
                    "陈静", applicantId + "@careflow.local", "zh-CN"), ServiceCategory.COMPANION_ESCORT, level,
                    licence, idNumber, "北京", refs, renewalOf, clock.instant()));
        }
    }

    /** Keycloak as the worker changed it: the last state per user and category. */
    static class RecordingDirectory implements ProviderDirectory {

        record Call(String operation, String userId, ServiceCategory category) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        volatile RuntimeException failure;

        @Override
        public void grant(String userId, ServiceCategory category) {
            record("grant", userId, category);
        }

        @Override
        public void revoke(String userId, ServiceCategory category) {
            record("revoke", userId, category);
        }

        private void record(String operation, String userId, ServiceCategory category) {
            if (failure != null) {
                throw failure;
            }
            calls.add(new Call(operation, userId, category));
        }

        void reset() {
            calls.clear();
            failure = null;
        }
    }

    static class RecordingRenewals implements RenewalMessages {

        record Renewal(String renewalKey, String applicationId) {
        }

        final List<Renewal> published = new CopyOnWriteArrayList<>();

        @Override
        public void renewed(String renewalKey, String applicationId) {
            published.add(new Renewal(renewalKey, applicationId));
        }
    }
}
