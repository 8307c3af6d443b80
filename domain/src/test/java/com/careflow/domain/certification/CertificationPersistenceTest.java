package com.careflow.domain.certification;

import static com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT;
import static com.careflow.domain.provider.CertificationLevel.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.DomainMongoTest;
import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.ProviderFixtures;
import com.careflow.domain.provider.Providers;

/** Applications, documents and certificates in Mongo, and what a certificate's expiry does to grabbing. */
@DomainMongoTest
class CertificationPersistenceTest {

    @Autowired
    CertificationApplications applications;
    @Autowired
    CertificationDocuments documents;
    @Autowired
    ApplicationNumbers numbers;
    @Autowired
    ProviderCertificates certificates;
    @Autowired
    Providers providers;
    @Autowired
    ServiceItems services;
    @Autowired
    OfferDesk desk;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        ProviderFixtures.clear(mongo);
        mongo.remove(new Query(), CertificationApplication.class);
        mongo.remove(new Query(), CertificationDocument.class);
    }

    @Test
    void applicationsAndDocumentsRoundTripAndAnswerTheDuplicateQueries() {
        String id = numbers.next();
        byte[] pdf = TestDocuments.pdf("licence of u1");
        CertificationDocument document = documents.save(new CertificationDocument("DOC-1", id, "u1",
                DocumentKind.LICENCE, "licence.pdf", "application/pdf", pdf, clock.instant()));
        CertificationApplication saved = applications.save(new CertificationApplication(id,
                new CertificationApplication.Applicant("u1", "陈静", "u1@careflow.local", "zh-CN"), COMPANION_ESCORT,
                STANDARD, "ZY2026000123", "110101199003074514", "北京", List.of(document.ref()), null,
                clock.instant()));

        assertThat(id).matches("APP\\d{8}\\d{6}");
        assertThat(numbers.next()).isNotEqualTo(id);
        CertificationApplication loaded = applications.findById(id).orElseThrow();
        assertThat(loaded.getDocuments()).containsExactly(document.ref());
        assertThat(loaded.getDocuments().get(0).sha256()).isEqualTo(Checksums.sha256(pdf)).hasSize(64);
        assertThat(loaded.getVersion()).isEqualTo(saved.getVersion());
        assertThat(documents.findById("DOC-1").orElseThrow().getContent()).isEqualTo(pdf);
        assertThat(documents.findByApplicationId(id)).hasSize(1);

        assertThat(applications.existsByApplicantIdAndCategoryAndStatusIn("u1", COMPANION_ESCORT,
                ApplicationStatus.PENDING)).isTrue();
        assertThat(applications.findByLicenceNumberAndApplicantIdNot("ZY2026000123", "u2")).hasSize(1);
        assertThat(applications.findByLicenceNumberAndApplicantIdNot("ZY2026000123", "u1")).isEmpty();
        assertThat(applications.findByIdNumberAndApplicantIdNot("110101199003074514", "u2")).hasSize(1);
        assertThat(applications.findByDocumentsSha256AndApplicantIdNot(Checksums.sha256(pdf), "u2")).hasSize(1);
        assertThat(applications.findByDocumentsSha256AndApplicantIdNot(Checksums.sha256(pdf), "u1")).isEmpty();
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc("u1")).extracting(
                CertificationApplication::getId).containsExactly(id);
    }

    @Test
    void approvalCertifiesTheApplicantAndExpiryStopsTheirGrabs() {
        ServiceItem escort = ProviderFixtures.service("escort-cert", COMPANION_ESCORT, "北京", 60);
        services.save(escort);
        Instant now = clock.instant();
        CertificationApplication application = CertificationApplicationTest.application("APP-G", "new-provider");
        application.recordChecks(List.of(CheckResult.passed(CertificationCheck.ID_NUMBER, "ok")), now);
        application.approve("r1", "王磊", now, now.plus(365, ChronoUnit.DAYS));

        Provider granted = certificates.grant(application);
        certificates.grant(application);

        assertThat(providers.count()).isEqualTo(1);
        assertThat(granted.getId()).isEqualTo("new-provider");
        assertThat(granted.getCity()).isEqualTo("北京");
        assertThat(granted.isActive()).isTrue();
        assertThat(granted.getLocation()).isNotNull();
        assertThat(granted.levelFor(COMPANION_ESCORT)).isEqualTo(STANDARD);

        LocalDateTime start = LocalDateTime.now(AppointmentTimes.ZONE).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        desk.open(order("ORD-C1", escort, start));
        assertThat(desk.find("ORD-C1").orElseThrow().getEligibleProviderIds()).containsExactly("new-provider");

        assertThat(certificates.expire(application, now)).as("still certified afterwards").isFalse();
        assertThat(providers.findById("new-provider").orElseThrow().isCertifiedFor(COMPANION_ESCORT, now)).isFalse();
        assertThat(desk.grab("ORD-C1", "new-provider")).isEqualTo(GrabOutcome.NOT_CERTIFIED);
        assertThat(desk.find("ORD-C1").orElseThrow().isTaken()).isFalse();
    }

    @Test
    void aRenewalGrantedBeforeTheOldExpiryKeepsTheCertificate() {
        Instant now = clock.instant();
        CertificationApplication old = CertificationApplicationTest.application("APP-OLD", "p1");
        old.recordChecks(List.of(CheckResult.passed(CertificationCheck.ID_NUMBER, "ok")), now);
        old.approve("r1", "王磊", now, now.plus(30, ChronoUnit.DAYS));
        certificates.grant(old);
        CertificationApplication renewal = CertificationApplicationTest.application("APP-NEW", "p1");
        renewal.recordChecks(List.of(CheckResult.passed(CertificationCheck.ID_NUMBER, "ok")), now);
        renewal.approve("r1", "王磊", now, now.plus(395, ChronoUnit.DAYS));
        certificates.grant(renewal);

        assertThat(certificates.expire(old, now.plus(30, ChronoUnit.DAYS))).isTrue();
        Provider provider = providers.findById("p1").orElseThrow();
        assertThat(provider.getCertifications()).hasSize(1);
        assertThat(provider.isCertifiedFor(COMPANION_ESCORT, now.plus(394, ChronoUnit.DAYS))).isTrue();
    }

    private ServiceOrder order(String number, ServiceItem service, LocalDateTime start) {
        return ServiceOrder.builder().orderNumber(number)
                .service(service.id(), service.name(), service.city(), service.price())
                .customer("c1", "王芳", "c1@careflow.local", "zh-CN").contact("王芳", "13800138000")
                .scheduledAt(start).build(clock);
    }
}
