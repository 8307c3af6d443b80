package com.careflow.domain.health;

/**
 * A bad row of a device export: its line in the file (1 is the first line: the CSV header, or the JSON text's first
 * line), the field and the code ({@link ReadingProblem}'s, or: file, unknownType, number, time, tooMany).
 */
public record ImportProblem(int line, String field, String code) {
}
