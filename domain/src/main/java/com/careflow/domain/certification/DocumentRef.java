package com.careflow.domain.certification;

/**
 * An application's reference to one stored {@link CertificationDocument}, with what the checks and the reviewer
 * need without loading the bytes: the declared content type, the size in bytes and the SHA-256 (hex) taken at upload.
 */
public record DocumentRef(String documentId, DocumentKind kind, String filename, String contentType, long size,
        String sha256) {
}
