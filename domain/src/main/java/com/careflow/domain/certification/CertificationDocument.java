package com.careflow.domain.certification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One uploaded file of an application, stored in Mongo with its bytes (at most {@link DocumentType#MAX_BYTES}, so
 * well under Mongo's 16 MB document limit). The SHA-256 is taken at upload; the checks compare it again.
 */
@Document("certification_documents")
public class CertificationDocument {

    @Id
    private String id;
    private String applicationId;
    private String applicantId;
    private DocumentKind kind;
    private String filename;
    private String contentType;
    private long size;
    private String sha256;
    private byte[] content;
    private Instant uploadedAt;

    protected CertificationDocument() {
        // for Spring Data
    }

    public CertificationDocument(String id, String applicationId, String applicantId, DocumentKind kind,
            String filename, String contentType, byte[] content, Instant uploadedAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.applicantId = applicantId;
        this.kind = kind;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = Checksums.sha256(content);
        this.uploadedAt = uploadedAt;
    }

    public DocumentRef ref() {
        return new DocumentRef(id, kind, filename, contentType, size, sha256);
    }

    public String getId() { return id; }
    public String getApplicationId() { return applicationId; }
    public String getApplicantId() { return applicantId; }
    public DocumentKind getKind() { return kind; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content.clone(); }
    public Instant getUploadedAt() { return uploadedAt; }
}
