package com.careflow.portal.certification;

import com.careflow.domain.certification.DocumentKind;
import com.careflow.domain.certification.DocumentType;

/** One checked upload: its kind, the name the applicant gave it, the type its bytes are, and the bytes. */
record Upload(DocumentKind kind, String filename, DocumentType type, byte[] content) {
}
