package com.careflow.domain.health;

import java.util.List;

/** A reading that cannot be saved, with everything wrong with it; nothing was saved. */
public class InvalidReadingException extends RuntimeException {

    private final transient List<ReadingProblem> problems;

    public InvalidReadingException(List<ReadingProblem> problems) {
        super("Reading refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ReadingProblem> problems() {
        return problems;
    }
}
