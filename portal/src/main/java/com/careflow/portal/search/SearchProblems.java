package com.careflow.portal.search;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;

/**
 * RFC 9457 answers of the search API: a bad query lists each field with its message in the caller's language
 * ({@code errors: [{field, message}]}) so a script can show them as the page does; an outage is a 503. Titles are
 * for developers and stay English.
 */
final class SearchProblems {

    private SearchProblems() {
    }

    static ResponseEntity<ProblemDetail> invalid(BindingResult result, String path, MessageSource messages,
            Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid search",
                messages.getMessage("search.problem.invalid", null, locale), path);
        List<Map<String, String>> errors = result.getAllErrors().stream()
                .map(error -> Map.of("field", error instanceof org.springframework.validation.FieldError field
                                ? field.getField() : result.getObjectName(),
                        "message", messages.getMessage(error, locale)))
                // NaN breaks both the minimum and the maximum: say it once
                .distinct()
                .toList();
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    static ResponseEntity<ProblemDetail> unavailable(String path, MessageSource messages, Locale locale) {
        return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "Search unavailable",
                messages.getMessage("search.unavailable", null, locale), path));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(path));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
