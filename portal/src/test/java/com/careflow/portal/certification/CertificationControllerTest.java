package com.careflow.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.certification.ApplicationStatus;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.CertificationCheck;
import com.careflow.domain.certification.CertificationDocument;
import com.careflow.domain.certification.CertificationDocuments;
import com.careflow.domain.certification.CheckResult;
import com.careflow.domain.certification.Checksums;
import com.careflow.domain.certification.DocumentKind;
import com.careflow.domain.process.CertificationApplied;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.security.Roles;

@PortalWebMvcTest
class CertificationControllerTest {

    static final String APPLICANT = "applicant-1";
    static final byte[] PDF = "%PDF-1.4\n% practising licence\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3 };
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

    @Autowired
    MockMvc mvc;
    @Autowired
    CertificationApplications applications;
    @Autowired
    CertificationDocuments documents;
    @Autowired
    Providers providers;
    @Autowired
    RecordingCertificationWorkflow workflow;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        workflow.reset();
        mongo.remove(new Query(), CertificationApplication.class);
        mongo.remove(new Query(), CertificationDocument.class);
        providers.deleteById(APPLICANT);
    }

    @Test
    void anApplicationStoresItsDocumentsAndStartsTheProcess() throws Exception {
        mvc.perform(valid().file(new MockMultipartFile("qualificationFiles", "nurse.jpg", "image/jpeg", JPEG)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/certification"))
                .andExpect(flash().attributeExists(CertificationController.SUBMITTED));

        CertificationApplication application = applications.findAll().get(0);
        assertThat(application.getId()).matches("APP\\d{14}");
        assertThat(application.getApplicantId()).isEqualTo(APPLICANT);
        assertThat(application.getApplicantName()).isEqualTo("Demo " + APPLICANT);
        assertThat(application.getLocale()).isEqualTo("zh-CN");
        assertThat(application.getCategory()).isEqualTo(ServiceCategory.COMPANION_ESCORT);
        assertThat(application.getIdNumber()).as("upper-cased and trimmed").isEqualTo("11010519491231002X");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getProcessInstanceId()).isNotNull();
        assertThat(application.getDocuments()).extracting(d -> d.kind(), d -> d.contentType(), d -> d.size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.LICENCE, "application/pdf", (long) PDF.length),
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.ID_CARD, "image/png", (long) PNG.length),
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.QUALIFICATION, "image/jpeg",
                                (long) JPEG.length));
        CertificationDocument licence = documents.findById(application.getDocuments().get(0).documentId())
                .orElseThrow();
        assertThat(licence.getContent()).isEqualTo(PDF);
        assertThat(licence.getSha256()).isEqualTo(Checksums.sha256(PDF));
        assertThat(workflow.started()).containsExactly(new CertificationApplied(application.getId(), APPLICANT,
                "COMPANION_ESCORT", "STANDARD", APPLICANT + ":COMPANION_ESCORT"));

        String page = mvc.perform(get("/certification").with(applicant()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"application-" + application.getId() + "\"", "data-status=\"SUBMITTED\"",
                "licence.pdf", "/certification/documents/" + licence.getId());
    }

    @Test
    void badInputGivesFieldErrorsAndStoresNothing() throws Exception {
        String page = mvc.perform(multipart("/certification/apply")
                        .file(new MockMultipartFile("licenceFile", "virus.pdf", "application/pdf",
                                "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
                        .param("level", "STANDARD").param("licenceNumber", " ").param("idNumber", "12345")
                        .param("city", "火星").with(applicant()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "category", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "licenceNumber",
                        "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "idNumber", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "city",
                        "certification.city.unknown"))
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "licenceFile",
                        "certification.file.type"))
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "idCardFile",
                        "certification.file.required"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"idNumber-error\"", "身份证号应为 18 位", "文件 virus.pdf 不是 PDF、PNG 或 JPEG。",
                "id=\"idCardFile-error\"", "请上传该材料。");
        assertNothingStored();
    }

    @Test
    void filesAreLimitedInSizeAndNumber() throws Exception {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        MockMultipartHttpServletRequestBuilder request = valid()
                .file(new MockMultipartFile("otherFile", "scan.pdf", "application/pdf", large));
        for (int i = 0; i < 3; i++) {
            request.file(new MockMultipartFile("qualificationFiles", "q" + i + ".png", "image/png", PNG));
        }

        mvc.perform(request.param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "otherFile",
                        "certification.file.tooLarge"))
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "qualificationFiles",
                        "certification.file.tooMany"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "The file scan.pdf is larger than 5 MB.")));
        assertNothingStored();
    }

    @Test
    void aSecondApplicationForACategoryStillPendingIsRefused() throws Exception {
        mvc.perform(valid()).andExpect(status().is3xxRedirection());
        workflow.reset();

        mvc.perform(valid())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(CertificationController.FORM, "category",
                        "certification.category.pending"));
        assertThat(applications.count()).isEqualTo(1);
        assertThat(workflow.started()).isEmpty();
    }

    @Test
    void whenTheEngineIsUnreachableNothingIsLeftBehind() throws Exception {
        workflow.failWith(new IllegalStateException("engine unreachable"));

        String page = mvc.perform(valid()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"form-errors\"", "暂时无法提交申请");
        assertThat(applications.count()).isZero();
        assertThat(documents.count()).isZero();
    }

    @Test
    void documentsAreForTheirApplicantReviewersAndAdminOnly() throws Exception {
        mvc.perform(valid()).andExpect(status().is3xxRedirection());
        String id = applications.findAll().get(0).getDocuments().get(1).documentId();

        MockHttpServletResponse download = mvc.perform(get("/certification/documents/" + id).with(applicant()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG))
                .andReturn().getResponse();
        // a download with the stored name, never rendered inline on the portal's origin
        ContentDisposition disposition = ContentDisposition.parse(download.getHeader("Content-Disposition"));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("id.png");
        assertThat(download.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(download.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(download.getHeader("X-Frame-Options")).isEqualTo("DENY");
        mvc.perform(get("/certification/documents/" + id).with(TestUsers.user("reviewer-1", Roles.REVIEWER)))
                .andExpect(status().isOk());
        mvc.perform(get("/certification/documents/" + id).with(TestUsers.user(Roles.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(get("/certification/documents/" + id).with(TestUsers.user("someone-else", Roles.CUSTOMER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/certification/documents/APP-404-D1").with(applicant()))
                .andExpect(status().isNotFound());
    }

    @Test
    void certificatesShowTheirExpiryAndARenewalRefersToTheApprovedApplication() throws Exception {
        Instant now = clock.instant();
        CertificationApplication approved = new CertificationApplication("APP20260101000001",
                new CertificationApplication.Applicant(APPLICANT, "陈静", "a@careflow.local", "zh-CN"),
                ServiceCategory.COMPANION_ESCORT, CertificationLevel.STANDARD, "ZY2026000123", "11010519491231002X",
                "北京", List.of(), null, now);
        approved.recordChecks(List.of(CheckResult.passed(CertificationCheck.ID_NUMBER, "ok")), now);
        approved.approve("r1", "王磊", now, now.plus(20, ChronoUnit.DAYS));
        applications.save(approved);
        Provider provider = Provider.applicant(APPLICANT, "陈静", "北京", "zh");
        provider.certify(new Certification(ServiceCategory.COMPANION_ESCORT, CertificationLevel.STANDARD,
                approved.getExpiresAt()));
        providers.save(provider);

        String page = mvc.perform(get("/certification").with(applicant())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"certificate-COMPANION_ESCORT\"", "data-valid=\"true\"",
                "/certification/apply?category=COMPANION_ESCORT&amp;renewalOf=APP20260101000001");

        mvc.perform(get("/certification/apply").param("category", "COMPANION_ESCORT")
                        .param("renewalOf", "APP20260101000001").with(applicant()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"renewal-hint\"")));
        mvc.perform(valid().param("renewalOf", "APP20260101000001")).andExpect(status().is3xxRedirection());
        mvc.perform(valid(ServiceCategory.HOME_CARE).param("renewalOf", "APP20260101000001"))
                .andExpect(status().is3xxRedirection());

        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(APPLICANT))
                .filteredOn(a -> a.getStatus() == ApplicationStatus.SUBMITTED)
                .extracting(CertificationApplication::getCategory, CertificationApplication::getRenewalOf)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ServiceCategory.COMPANION_ESCORT, "APP20260101000001"),
                        org.assertj.core.groups.Tuple.tuple(ServiceCategory.HOME_CARE, null));
    }

    private void assertNothingStored() {
        assertThat(applications.count()).isZero();
        assertThat(documents.count()).isZero();
        assertThat(workflow.started()).isEmpty();
    }

    /** A complete, valid application for 陪诊服务 (standard, 北京) with a PDF licence and a PNG ID card. */
    private static MockMultipartHttpServletRequestBuilder valid() {
        return valid(ServiceCategory.COMPANION_ESCORT);
    }

    private static MockMultipartHttpServletRequestBuilder valid(ServiceCategory category) {
        MockMultipartHttpServletRequestBuilder request = multipart("/certification/apply");
        request.file(new MockMultipartFile("licenceFile", "licence.pdf", "application/pdf", PDF))
                .file(new MockMultipartFile("idCardFile", "C:\\scans\\id.png", "image/png", PNG))
                .param("category", category.name()).param("level", "STANDARD")
                .param("licenceNumber", " ZY2026000123 ").param("idNumber", "11010519491231002x")
                .param("city", "北京")
                .with(applicant()).with(csrf());
        return request;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor applicant() {
        return TestUsers.user(APPLICANT, Roles.CUSTOMER);
    }
}
