package com.careflow.portal.certification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import com.careflow.domain.certification.DocumentKind;
import com.careflow.domain.certification.DocumentType;

/**
 * Checks an application's files and turns them into {@link Upload}s: licence and ID card present, at most
 * {@link #MAX_FILES} files, each at most {@link DocumentType#MAX_BYTES} and a PDF, PNG or JPEG by its bytes (the
 * declared type and the name do not count). Problems become field errors of the file's input.
 */
final class DocumentUploads {

    static final int MAX_FILES = 5;

    private DocumentUploads() {
    }

    /** The uploads, or empty with field errors in {@code errors}. */
    static List<Upload> check(ApplicationForm form, Errors errors) {
        List<Upload> uploads = new ArrayList<>();
        required("licenceFile", form.getLicenceFile(), DocumentKind.LICENCE, errors, uploads);
        required("idCardFile", form.getIdCardFile(), DocumentKind.ID_CARD, errors, uploads);
        List<MultipartFile> qualifications = form.getQualificationFiles().stream().filter(DocumentUploads::present)
                .toList();
        qualifications.forEach(file -> read("qualificationFiles", file, DocumentKind.QUALIFICATION, errors)
                .ifPresent(uploads::add));
        if (present(form.getOtherFile())) {
            read("otherFile", form.getOtherFile(), DocumentKind.OTHER, errors).ifPresent(uploads::add);
        }
        int count = (present(form.getLicenceFile()) ? 1 : 0) + (present(form.getIdCardFile()) ? 1 : 0)
                + qualifications.size() + (present(form.getOtherFile()) ? 1 : 0);
        if (count > MAX_FILES) {
            errors.rejectValue("qualificationFiles", "certification.file.tooMany", new Object[] { MAX_FILES },
                    "too many files");
        }
        return errors.hasErrors() ? List.of() : uploads;
    }

    private static void required(String field, MultipartFile file, DocumentKind kind, Errors errors,
            List<Upload> uploads) {
        if (!present(file)) {
            errors.rejectValue(field, "certification.file.required", "required");
            return;
        }
        read(field, file, kind, errors).ifPresent(uploads::add);
    }

    private static Optional<Upload> read(String field, MultipartFile file, DocumentKind kind, Errors errors) {
        String name = filename(file);
        if (file.getSize() > DocumentType.MAX_BYTES) {
            errors.rejectValue(field, "certification.file.tooLarge", new Object[] { name, DocumentType.MAX_BYTES
                    / (1024 * 1024) }, "too large");
            return Optional.empty();
        }
        byte[] content = bytes(file);
        Optional<DocumentType> type = DocumentType.detect(content);
        if (type.isEmpty()) {
            errors.rejectValue(field, "certification.file.type", new Object[] { name }, "not a PDF, PNG or JPEG");
            return Optional.empty();
        }
        return Optional.of(new Upload(kind, name, type.get(), content));
    }

    private static boolean present(MultipartFile file) {
        return file != null && !file.isEmpty();
    }

    /** The file's own name without any path a browser may send along. */
    private static String filename(MultipartFile file) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        return name == null || name.isBlank() || "null".equals(name) ? "document" : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload " + file.getOriginalFilename(), e);
        }
    }
}
