package com.careflow.domain.certification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.provider.CertificationLevel;

/**
 * A provider's application for a certificate in one category (id {@code APP} + date + sequence, see
 * {@link ApplicationNumbers}). Its status changes only through the transition methods, each safe to repeat (they
 * return false when the application already is there, as a redelivered job finds it) and refusing a transition
 * that does not fit with {@link IllegalStateException}. Every change goes on the timeline ({@link #getEvents()}).
 */
@Document("certification_applications")
public class CertificationApplication {

    @Id
    private String id;
    @Version
    private Long version;
    private String applicantId;
    private String applicantName;
    private String applicantEmail;
    private String locale;
    private ServiceCategory category;
    private CertificationLevel level;
    private String licenceNumber;
    private String idNumber;
    private String city;
    private List<DocumentRef> documents = new ArrayList<>();
    private ApplicationStatus status;
    private List<CheckResult> checks = new ArrayList<>();
    private List<String> rejectionReasons = new ArrayList<>();
    private String rejectionNote;
    private String decidedBy;
    private String decidedByName;
    private Instant decidedAt;
    private Instant expiresAt;
    /** The application whose certificate this one renews, or null. */
    private String renewalOf;
    private Instant submittedAt;
    private String processInstanceId;
    private List<ApplicationEvent> events = new ArrayList<>();

    protected CertificationApplication() {
        // for Spring Data
    }

    /** A new SUBMITTED application; the documents must already be stored under {@code id}. */
    public CertificationApplication(String id, Applicant applicant, ServiceCategory category,
            CertificationLevel level, String licenceNumber, String idNumber, String city, List<DocumentRef> documents,
            String renewalOf, Instant submittedAt) {
        this.id = id;
        this.applicantId = applicant.id();
        this.applicantName = applicant.name();
        this.applicantEmail = applicant.email();
        this.locale = applicant.locale();
        this.category = category;
        this.level = level;
        this.licenceNumber = licenceNumber;
        this.idNumber = idNumber;
        this.city = city;
        this.documents = new ArrayList<>(documents);
        this.renewalOf = renewalOf;
        this.submittedAt = submittedAt;
        this.status = ApplicationStatus.SUBMITTED;
        events.add(new ApplicationEvent(ApplicationStatus.SUBMITTED, submittedAt, applicant.id(), applicant.name(),
                null));
    }

    /** Who applies: the signed-in user (Keycloak id), as notifications address them. */
    public record Applicant(String id, String name, String email, String locale) {
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The automated checks start. */
    public boolean startChecking(Instant at) {
        if (status != ApplicationStatus.SUBMITTED) {
            return false;
        }
        move(ApplicationStatus.CHECKING, at, null, null, null);
        return true;
    }

    /**
     * The checks' results: all passed → IN_REVIEW; a failure keeps it CHECKING until {@link #reject} follows.
     * False when the checks were recorded before (the first results stand).
     */
    public boolean recordChecks(List<CheckResult> results, Instant at) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.CHECKING) {
            return false;
        }
        if (status == ApplicationStatus.CHECKING && !checks.isEmpty()) {
            return false;
        }
        startChecking(at);
        checks = new ArrayList<>(results);
        if (checksPassed()) {
            move(ApplicationStatus.IN_REVIEW, at, null, null, null);
        }
        return true;
    }

    public boolean checksPassed() {
        return !checks.isEmpty() && checks.stream().allMatch(CheckResult::passed);
    }

    /** Rejected by the failed checks or by a reviewer (with at least one reason code). */
    public boolean reject(List<String> reasons, String note, String actorId, String actorName, Instant at) {
        if (status == ApplicationStatus.REJECTED) {
            return false;
        }
        if (status != ApplicationStatus.CHECKING && status != ApplicationStatus.IN_REVIEW) {
            throw new IllegalStateException("application " + id + " is " + status + " and cannot be rejected");
        }
        if (reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException("rejecting application " + id + " needs at least one reason");
        }
        rejectionReasons = List.copyOf(reasons);
        rejectionNote = note;
        decide(actorId, actorName, at);
        move(ApplicationStatus.REJECTED, at, actorId, actorName, note);
        return true;
    }

    /** Approved by a reviewer: the certificate runs until {@code expiresAt}. */
    public boolean approve(String actorId, String actorName, Instant at, Instant expiresAt) {
        if (status == ApplicationStatus.APPROVED) {
            return false;
        }
        if (status != ApplicationStatus.IN_REVIEW) {
            throw new IllegalStateException("application " + id + " is " + status + " and cannot be approved");
        }
        this.expiresAt = expiresAt;
        decide(actorId, actorName, at);
        move(ApplicationStatus.APPROVED, at, actorId, actorName, null);
        return true;
    }

    /** The certificate ran out (or was renewed by a later application: see {@code note}). */
    public boolean expire(Instant at, String note) {
        if (status == ApplicationStatus.EXPIRED) {
            return false;
        }
        if (status != ApplicationStatus.APPROVED) {
            throw new IllegalStateException("application " + id + " is " + status + " and cannot expire");
        }
        move(ApplicationStatus.EXPIRED, at, null, null, note);
        return true;
    }

    public boolean isPending() {
        return status.isPending();
    }

    /** An approved certificate still running at {@code at}: the applicant may renew it. */
    public boolean isValidAt(Instant at) {
        return status == ApplicationStatus.APPROVED && expiresAt != null && at.isBefore(expiresAt);
    }

    /** The stored document {@code documentId} belongs to this application. */
    public boolean hasDocument(String documentId) {
        return documents.stream().anyMatch(d -> d.documentId().equals(documentId));
    }

    private void decide(String actorId, String actorName, Instant at) {
        decidedBy = actorId;
        decidedByName = actorName;
        decidedAt = at;
    }

    private void move(ApplicationStatus to, Instant at, String actorId, String actorName, String note) {
        status = to;
        events.add(new ApplicationEvent(to, at, actorId, actorName, note));
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getApplicantId() { return applicantId; }
    public String getApplicantName() { return applicantName; }
    public String getApplicantEmail() { return applicantEmail; }
    public String getLocale() { return locale; }
    public ServiceCategory getCategory() { return category; }
    public CertificationLevel getLevel() { return level; }
    public String getLicenceNumber() { return licenceNumber; }
    public String getIdNumber() { return idNumber; }
    public String getCity() { return city; }
    public List<DocumentRef> getDocuments() { return List.copyOf(documents); }
    public ApplicationStatus getStatus() { return status; }
    public List<CheckResult> getChecks() { return List.copyOf(checks); }
    public List<String> getRejectionReasons() { return List.copyOf(rejectionReasons); }
    public String getRejectionNote() { return rejectionNote; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecidedByName() { return decidedByName; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public String getRenewalOf() { return renewalOf; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public List<ApplicationEvent> getEvents() { return List.copyOf(events); }
}
