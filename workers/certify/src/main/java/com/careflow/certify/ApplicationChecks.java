package com.careflow.certify;

import static com.careflow.domain.certification.CertificationCheck.DOCUMENT_CHECKSUM;
import static com.careflow.domain.certification.CertificationCheck.DOCUMENT_TYPE;
import static com.careflow.domain.certification.CertificationCheck.DUPLICATE_DOCUMENT;
import static com.careflow.domain.certification.CertificationCheck.DUPLICATE_ID_NUMBER;
import static com.careflow.domain.certification.CertificationCheck.DUPLICATE_LICENCE;
import static com.careflow.domain.certification.CertificationCheck.ID_NUMBER;
import static com.careflow.domain.certification.CertificationCheck.LICENCE_NUMBER;
import static com.careflow.domain.certification.CertificationCheck.REQUIRED_DOCUMENTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.CertificationCheck;
import com.careflow.domain.certification.CertificationDocument;
import com.careflow.domain.certification.CertificationDocuments;
import com.careflow.domain.certification.CheckResult;
import com.careflow.domain.certification.Checksums;
import com.careflow.domain.certification.DocumentKind;
import com.careflow.domain.certification.DocumentRef;
import com.careflow.domain.certification.DocumentType;
import com.careflow.domain.certification.LicenceNumbers;
import com.careflow.domain.certification.ResidentIdNumbers;

/**
 * The automated checks of an application, all of them every time (a reviewer and the applicant see each result):
 * number formats, required documents, each document's bytes against its stored checksum and declared type, and
 * duplicates across applicants (licence number, ID number, document checksum). Details name what failed.
 */
@Component
class ApplicationChecks {

    private final CertificationApplications applications;
    private final CertificationDocuments documents;

    ApplicationChecks(CertificationApplications applications, CertificationDocuments documents) {
        this.applications = applications;
        this.documents = documents;
    }

    List<CheckResult> run(CertificationApplication application) {
        List<CheckResult> results = new ArrayList<>();
        results.add(LicenceNumbers.isValid(application.getLicenceNumber())
                ? CheckResult.passed(LICENCE_NUMBER, application.getLicenceNumber())
                : CheckResult.failed(LICENCE_NUMBER, application.getLicenceNumber()));
        results.add(ResidentIdNumbers.isValid(application.getIdNumber())
                ? CheckResult.passed(ID_NUMBER, ResidentIdNumbers.masked(application.getIdNumber()))
                : CheckResult.failed(ID_NUMBER, ResidentIdNumbers.masked(application.getIdNumber())));
        results.add(requiredDocuments(application));
        results.addAll(documentContents(application));
        results.addAll(duplicates(application));
        return results;
    }

    private static CheckResult requiredDocuments(CertificationApplication application) {
        Set<DocumentKind> present = application.getDocuments().stream().map(DocumentRef::kind)
                .collect(Collectors.toSet());
        List<String> missing = DocumentKind.REQUIRED.stream().filter(kind -> !present.contains(kind))
                .map(Enum::name).toList();
        return missing.isEmpty() ? CheckResult.passed(REQUIRED_DOCUMENTS, names(DocumentKind.REQUIRED))
                : CheckResult.failed(REQUIRED_DOCUMENTS, "missing " + String.join(", ", missing));
    }

    /** Checksum and type, reading the stored bytes again: what the reviewer will open is what was checked. */
    private List<CheckResult> documentContents(CertificationApplication application) {
        Map<String, CertificationDocument> stored = documents.findByApplicationId(application.getId()).stream()
                .collect(Collectors.toMap(CertificationDocument::getId, Function.identity()));
        List<String> damaged = new ArrayList<>();
        List<String> mistyped = new ArrayList<>();
        for (DocumentRef ref : application.getDocuments()) {
            CertificationDocument document = stored.get(ref.documentId());
            if (document == null || !Checksums.sha256(document.getContent()).equals(ref.sha256())) {
                damaged.add(ref.filename());
            } else if (!DocumentType.matches(ref.contentType(), document.getContent())) {
                mistyped.add(ref.filename());
            }
        }
        return List.of(outcome(DOCUMENT_CHECKSUM, damaged, application), outcome(DOCUMENT_TYPE, mistyped, application));
    }

    private List<CheckResult> duplicates(CertificationApplication application) {
        String applicant = application.getApplicantId();
        Set<String> licence = ids(applications.findByLicenceNumberAndApplicantIdNot(
                application.getLicenceNumber(), applicant));
        Set<String> idNumber = ids(applications.findByIdNumberAndApplicantIdNot(application.getIdNumber(), applicant));
        Set<String> document = new TreeSet<>();
        for (DocumentRef ref : application.getDocuments()) {
            document.addAll(ids(applications.findByDocumentsSha256AndApplicantIdNot(ref.sha256(), applicant)));
        }
        return List.of(duplicate(DUPLICATE_LICENCE, licence), duplicate(DUPLICATE_ID_NUMBER, idNumber),
                duplicate(DUPLICATE_DOCUMENT, document));
    }

    private static CheckResult outcome(CertificationCheck check, List<String> failed,
            CertificationApplication application) {
        return failed.isEmpty()
                ? CheckResult.passed(check, application.getDocuments().size() + " documents")
                : CheckResult.failed(check, String.join(", ", failed));
    }

    private static CheckResult duplicate(CertificationCheck check,
            Set<String> others) {
        return others.isEmpty() ? CheckResult.passed(check, null)
                : CheckResult.failed(check, "also in " + String.join(", ", others));
    }

    private static Set<String> ids(List<CertificationApplication> found) {
        return found.stream().map(CertificationApplication::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String names(List<DocumentKind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
