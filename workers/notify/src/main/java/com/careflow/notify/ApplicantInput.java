package com.careflow.notify;

/** The process variable notify.applicant reads: the certification application the applicant is told about. */
public record ApplicantInput(String applicationId) {
}
