package com.careflow.domain.certification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document types an application accepts, recognised by their leading (magic) bytes rather than by what the
 * browser declared: a renamed executable is not a PDF.
 */
public enum DocumentType {
    PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
    JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    /** Upload limit per document. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;

    DocumentType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The type whose magic bytes {@code content} starts with. */
    public static Optional<DocumentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    /** Whether {@code content} starts with the magic bytes of the type declared as {@code contentType}. */
    public static boolean matches(String contentType, byte[] content) {
        return detect(content).filter(type -> type.contentType.equalsIgnoreCase(contentType)).isPresent();
    }

    private boolean matches(byte[] content) {
        return content != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
