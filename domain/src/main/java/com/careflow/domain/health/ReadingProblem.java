package com.careflow.domain.health;

/**
 * What is wrong with a reading: the field (as the form and the device export name it) and a code the portal
 * translates ({@code health.reading.error.<code>}): required, range, notAboveDiastolic, future, tooLong, unknown.
 */
public record ReadingProblem(String field, String code) {
}
